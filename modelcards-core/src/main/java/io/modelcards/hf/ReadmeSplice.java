package io.modelcards.hf;

import io.modelcards.diagnostic.InvalidInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a fresh rendering's generated regions into a README whose layout is kept: see {@link GeneratedReadme#splice}.
 * Works on the bodies; the kept README's front matter is copied as it is.
 */
final class ReadmeSplice {
    /** One change to the kept body: the text between {@code start} and {@code end} becomes {@code text}. */
    private record Edit(int start, int end, String text, int order) {}

    private ReadmeSplice() {}

    /** The kept README with the fresh regions in place and the card placeholder as its last line. */
    static String splice(String layout, String fresh) throws InvalidInputException {
        ReadmeText kept = ReadmeText.of(layout, "README.md");
        String le = kept.lineEnding();
        String body = withoutComment(kept.body(), le);
        String freshBody = withoutComment(ReadmeText.of(fresh, "README.md").body(), "\n");
        List<GeneratedRegions.Region> ours = GeneratedRegions.find(body);
        List<GeneratedRegions.Region> theirs = GeneratedRegions.find(freshBody);
        int[] match = match(ours, theirs);
        List<Edit> edits = new ArrayList<>();
        int[] placed = new int[theirs.size()];
        for (int i = 0; i < ours.size(); i++) {
            GeneratedRegions.Region r = ours.get(i);
            if (r.edited()) {
                // A person's text now: its marker lines go, so that no later render or merge takes it for generated.
                edits.add(new Edit(r.start(), r.end(), r.inner(), edits.size()));
            } else {
                int j = indexOf(match, i);
                edits.add(new Edit(r.start(), r.end(), j < 0 ? "" : text(freshBody, theirs.get(j), le), edits.size()));
                if (j >= 0) {
                    placed[j] = r.end();
                }
            }
        }
        Anchors anchors = new Anchors(body, ours, freshBody, theirs);
        for (int j = 0; j < theirs.size(); j++) {
            if (match[j] < 0) {
                placed[j] = anchors.point(j, placed);
                edits.add(new Edit(placed[j], placed[j], text(freshBody, theirs.get(j), le), edits.size()));
            }
        }
        edits.sort(Comparator.comparingInt(Edit::start).thenComparingInt(e -> e.end() > e.start() ? 1 : 0)
                .thenComparingInt(Edit::order));
        StringBuilder out = new StringBuilder(layout.length() + 1024);
        out.append(kept.bom() ? "\uFEFF" : "");
        if (kept.openFence() != null) {
            out.append(kept.openFence()).append(kept.yaml()).append(kept.closeFence());
        }
        int bodyStart = out.length();
        int pos = 0;
        for (Edit e : edits) {
            out.append(body, pos, e.start());
            pos = e.end();
            if (e.start() == e.end()) {
                blankLineBefore(out, bodyStart, le);
                out.append(e.text());
                if (pos < body.length() && !body.startsWith(le, pos)) {
                    out.append(le);
                }
            } else {
                out.append(e.text());
                if (e.text().isEmpty() && endsWith(out, le + le) && body.startsWith(le, pos)) {
                    pos += le.length(); // a removed region leaves one blank line, not two
                }
            }
        }
        out.append(body, pos, body.length());
        blankLineBefore(out, bodyStart, le);
        return out.append(CardComment.PLACEHOLDER).append(le).toString();
    }

    /**
     * For each fresh region, the index of the kept region it replaces, or -1 for a new one: the n-th untouched kept
     * region of a name takes the n-th fresh region of that name.
     */
    private static int[] match(List<GeneratedRegions.Region> ours, List<GeneratedRegions.Region> theirs) {
        int[] match = new int[theirs.size()];
        Map<String, List<Integer>> free = new HashMap<>();
        for (int j = 0; j < theirs.size(); j++) {
            match[j] = -1;
            free.computeIfAbsent(theirs.get(j).name(), k -> new ArrayList<>()).add(j);
        }
        for (int i = 0; i < ours.size(); i++) {
            List<Integer> js = free.getOrDefault(ours.get(i).name(), List.of());
            if (!ours.get(i).edited() && !js.isEmpty()) {
                match[js.remove(0)] = i;
            }
        }
        return match;
    }

    private static int indexOf(int[] match, int i) {
        for (int j = 0; j < match.length; j++) {
            if (match[j] == i) {
                return j;
            }
        }
        return -1;
    }

    /** The body without its card comment line and the blank line before it. */
    private static String withoutComment(String body, String le) {
        CardComment.Found c = CardComment.find(body);
        if (c == null) {
            return body;
        }
        String before = body.substring(0, c.start());
        if (before.endsWith(le + le)) {
            before = before.substring(0, before.length() - le.length());
        }
        return before + body.substring(c.end());
    }

    /** A fresh region's text, marker lines included, with the kept README's line ends. */
    private static String text(String freshBody, GeneratedRegions.Region r, String le) {
        String t = freshBody.substring(r.start(), r.end());
        t = t.endsWith("\n") ? t : t + "\n";
        return le.equals("\n") ? t : t.replace("\r\n", "\n").replace("\n", le);
    }

    /** Ends {@code out} (past {@code bodyStart}) with a blank line, unless the body written so far is empty. */
    private static void blankLineBefore(StringBuilder out, int bodyStart, String le) {
        if (out.length() == bodyStart || endsWith(out, le + le)) {
            return;
        }
        out.append(endsWith(out, "\n") ? le : le + le);
    }

    private static boolean endsWith(StringBuilder sb, String s) {
        return sb.length() >= s.length() && sb.substring(sb.length() - s.length()).equals(s);
    }
}
