/**
 * The scan driver: one reading thread, workers on every core, a bounded queue between them, and the merge of the
 * workers' figures into a {@code DatasetProfile}.
 */
package io.modelcards.profile.internal.run;
