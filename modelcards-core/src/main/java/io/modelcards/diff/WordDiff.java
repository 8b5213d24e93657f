package io.modelcards.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level diff of two texts (java-diff-utils' Myers diff over words). Words are compared without their
 * whitespace, so re-wrapping a paragraph changes nothing; kept runs carry the old text's whitespace.
 */
final class WordDiff {
    private static final Pattern WORD = Pattern.compile("\\s+|\\S+\\s*");

    private WordDiff() {}

    /** The runs from {@code old} to {@code now}; null stands for no text. */
    static List<WordEdit> of(String old, String now) {
        List<String> a = words(old);
        List<String> b = words(now);
        List<WordEdit> out = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> d : DiffUtils.diff(a, b, (x, y) -> x.strip().equals(y.strip())).getDeltas()) {
            add(out, WordEdit.Op.SAME, a.subList(at, d.getSource().getPosition()));
            add(out, WordEdit.Op.REMOVED, d.getSource().getLines());
            add(out, WordEdit.Op.ADDED, d.getTarget().getLines());
            at = d.getSource().getPosition() + d.getSource().size();
        }
        add(out, WordEdit.Op.SAME, a.subList(at, a.size()));
        return out;
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text != null) {
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                out.add(m.group());
            }
        }
        return out;
    }

    /** Appends a run, joining it to the last one when that has the same op. */
    private static void add(List<WordEdit> out, WordEdit.Op op, List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        String text = String.join("", words);
        int last = out.size() - 1;
        if (last >= 0 && out.get(last).op() == op) {
            out.set(last, new WordEdit(op, out.get(last).text() + text));
        } else {
            out.add(new WordEdit(op, text));
        }
    }
}
