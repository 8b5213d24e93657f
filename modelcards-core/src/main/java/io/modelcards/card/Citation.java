package io.modelcards.card;

/**
 * A work to cite. {@code key} is the BibTeX key used to merge duplicates; {@code bibtex} is the entry as written;
 * {@code apa} an optional formatted reference; {@code component} what in the model the work stands for
 * (an algorithm, a loss, a library).
 */
public record Citation(String key, String bibtex, String apa, String component) {}
