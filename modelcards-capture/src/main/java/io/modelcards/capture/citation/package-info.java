/**
 * The works a model should cite: {@link BundledCitations} holds BibTeX entries for common libraries and algorithms,
 * and {@link Citations} merges the works that several components cite into one list, each work once.
 */
package io.modelcards.capture.citation;
