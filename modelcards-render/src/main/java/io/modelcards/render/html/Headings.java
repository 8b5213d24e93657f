package io.modelcards.render.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * The headings of a Markdown document with unique anchor ids, GitHub style: lower case, punctuation dropped, spaces
 * turned into hyphens, "-1", "-2" … appended to repeats.
 */
final class Headings extends AbstractVisitor {
    /** One heading: its level, plain text and anchor id. */
    record Entry(int level, String text, String id) {}

    private final Map<Node, String> ids = new IdentityHashMap<>();
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> seen = new HashMap<>();

    static Headings of(Node document) {
        Headings h = new Headings();
        document.accept(h);
        return h;
    }

    @Override
    public void visit(Heading heading) {
        String text = plain(heading).strip();
        String base = slug(text);
        int n = seen.merge(base, 1, Integer::sum) - 1;
        String id = n == 0 ? base : base + "-" + n;
        ids.put(heading, id);
        entries.add(new Entry(heading.getLevel(), text, id));
    }

    String idOf(Node heading) {
        return ids.get(heading);
    }

    List<Entry> entries() {
        return entries;
    }

    static String slug(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
                sb.append(c);
            } else if (c == ' ') {
                sb.append('-');
            }
        }
        String s = sb.toString().replaceAll("^[-_]+", "");
        s = s.length() > 100 ? s.substring(0, 100) : s;
        return s.isEmpty() ? "section" : s;
    }

    /** The text of {@code node} and its descendants, without markup. */
    static String plain(Node node) {
        StringBuilder sb = new StringBuilder();
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (c instanceof Code code) {
                sb.append(code.getLiteral());
            } else {
                sb.append(plain(c));
            }
        }
        return sb.toString();
    }
}
