package io.modelcards.registry.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The words of a card's text as Lucene tokens, already split by {@link Terms#words}: no analyzer runs, so the index
 * holds exactly the words a query is split into. Each field starts {@value #FIELD_GAP} positions after the last word of
 * the one before, so that a phrase never matches across two fields; a word too long for the index is left out but keeps
 * its position, so that the words around it are not taken for adjacent.
 */
final class WordStream extends TokenStream {
    /** The positions between two fields' words: more than any phrase's slop (phrases have none). */
    static final int FIELD_GAP = 100;
    /** The longest word indexed: Lucene refuses terms over 32,766 UTF-8 bytes, and one character takes at most 4. */
    static final int MAX_WORD = 8000;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final List<List<String>> fields;
    private int field;
    private int word;
    private int skipped;

    WordStream(List<List<String>> fields) {
        this.fields = fields;
    }

    @Override
    public boolean incrementToken() {
        while (field < fields.size()) {
            List<String> words = fields.get(field);
            if (word >= words.size()) {
                field++;
                word = 0;
                skipped += FIELD_GAP;
                continue;
            }
            String w = words.get(word++);
            if (w.length() > MAX_WORD) {
                skipped++;
                continue;
            }
            clearAttributes();
            term.setEmpty().append(w);
            increment.setPositionIncrement(1 + skipped);
            skipped = 0;
            return true;
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        field = 0;
        word = 0;
        skipped = 0;
    }
}
