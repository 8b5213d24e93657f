package io.modelcards.hf;

import io.modelcards.card.Citation;
import io.modelcards.card.ModelCard;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * sentence-transformers' citation section: "### BibTeX", then per cited work a "#### NAME" heading and a
 * {@code ```bibtex} fence, read as citations whose component is NAME. HTML comments after the last entry (the template's
 * commented-out sections) are layout.
 */
final class BibtexCitations implements HubCodec {
    static final BibtexCitations INSTANCE = new BibtexCitations();
    private static final Pattern KEY = Pattern.compile("@\\w+\\s*\\{\\s*([^,\\s]+)\\s*,");

    private BibtexCitations() {}

    /** The entries, and the line indices of the "### BibTeX" heading and of the first line after the last fence. */
    private record Parsed(List<Citation> citations, int bibtex, int end) {}

    @Override
    public List<String> fields() {
        return List.of("/details/citations");
    }

    @Override
    public Map<String, Object> read(String heading, String body) {
        Parsed p = parse(HubValues.lines(body));
        if (p == null) {
            return null;
        }
        Map<String, Object> v = new HashMap<>();
        v.put("/details/citations", p.citations());
        return v;
    }

    private static Parsed parse(List<String> lines) {
        List<Citation> out = new ArrayList<>();
        int bibtex = -1;
        int end = -1;
        String component = null;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).strip();
            if (t.isEmpty()) {
                continue;
            }
            if (t.startsWith("<!--") && end >= 0) {
                break; // the commented-out sections that follow the last entry
            }
            if (bibtex < 0 && t.equalsIgnoreCase("### BibTeX")) {
                bibtex = i;
            } else if (bibtex >= 0 && t.startsWith("#### ")) {
                component = t.substring(5).strip();
            } else if (bibtex >= 0 && t.equals("```bibtex")) {
                int close = i + 1;
                while (close < lines.size() && !lines.get(close).strip().equals("```")) {
                    close++;
                }
                if (close == lines.size()) {
                    return null;
                }
                String bib = String.join("\n", lines.subList(i + 1, close)).strip();
                Matcher k = KEY.matcher(bib);
                out.add(new Citation(k.find() ? k.group(1) : null, bib, null, component));
                component = null;
                i = close;
                end = close + 1;
            } else {
                return null;
            }
        }
        return bibtex < 0 || out.isEmpty() ? null : new Parsed(out, bibtex, end);
    }

    @Override
    public String write(String body, ModelCard card, String le, boolean last) {
        List<String> lines = HubValues.lines(body);
        Parsed p = parse(lines);
        List<String> out = new ArrayList<>(lines.subList(0, p.bibtex() + 1));
        for (Citation c : card.details().citations()) {
            if (c.bibtex() == null) {
                continue;
            }
            String name = c.component() != null ? c.component() : c.key() != null ? c.key() : "Citation";
            out.addAll(List.of("", "#### " + name, "```bibtex", c.bibtex().strip(), "```"));
        }
        out.addAll(lines.subList(p.end(), lines.size()));
        return String.join(le, out);
    }
}
