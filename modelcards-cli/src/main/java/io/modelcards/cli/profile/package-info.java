/**
 * Terminal output of {@code modelcards profile}: {@link ProgressPrinter} shows a scan's progress on stderr, and
 * {@link Summary} says at the end what was read, skipped and written.
 */
package io.modelcards.cli.profile;
