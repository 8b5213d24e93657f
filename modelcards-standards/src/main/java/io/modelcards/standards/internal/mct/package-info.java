/**
 * Export to and import from Google's Model Card Toolkit (schema 0.0.2), plus the helpers every format's exporter and
 * importer here shares: finding the card values a mapping does not carry ({@link
 * io.modelcards.standards.internal.mct.Uncarried}), reading JSON with located problems ({@link
 * io.modelcards.standards.internal.mct.JsonInput}) and writing it ({@link io.modelcards.standards.internal.mct.JsonOutput}).
 */
package io.modelcards.standards.internal.mct;
