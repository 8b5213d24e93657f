/**
 * Terminal output of {@code modelcards profile}: {@link ProgressPrinter} shows a scan's progress on stderr,
 * {@link Summary} says at the end what was read, skipped and written, and {@link ProfileJson} is the profile written.
 */
package io.modelcards.cli.profile;
