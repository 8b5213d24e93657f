/**
 * The contract between parsers and column statistics ({@code RowTarget}, {@code ValueSink}, {@code ScanContext}),
 * the row problems found on the way, and the byte-level helpers the parsers share.
 */
package io.modelcards.profile.internal.scan;
