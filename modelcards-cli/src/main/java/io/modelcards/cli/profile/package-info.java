/**
 * Terminal output of {@code modelcards profile}: {@link ProgressPrinter} shows a scan's progress on stderr.
 */
package io.modelcards.cli.profile;
