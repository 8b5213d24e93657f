package io.modelcards.hf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a generated region that is new in a fresh rendering goes in a kept README: after the nearest thing before it
 * in the fresh rendering that the kept README also has. That is a region placed already (the new one goes right after
 * it), or a heading outside regions with the same level and text (the new one goes at the end of that heading's
 * section); with neither, at the end of the body.
 */
final class Anchors {
    /** A heading outside regions: where its block starts and ends in its body, its level and text. */
    private record Heading(int start, int end, int level, String text) {}

    private final List<Heading> kept;
    private final List<Heading> fresh;
    private final List<GeneratedRegions.Region> theirs;
    private final int bodyEnd;

    Anchors(String body, List<GeneratedRegions.Region> ours, String freshBody, List<GeneratedRegions.Region> theirs) {
        this.kept = headings(body, ours);
        this.fresh = headings(freshBody, theirs);
        this.theirs = theirs;
        this.bodyEnd = body.length();
    }

    /** The offset in the kept body where fresh region {@code j} goes, given where the earlier ones went. */
    int point(int j, int[] placed) {
        int start = theirs.get(j).start();
        int previousRegionEnd = j == 0 ? -1 : theirs.get(j - 1).end();
        for (int h = fresh.size() - 1; h >= 0; h--) {
            Heading f = fresh.get(h);
            if (f.start() >= start) {
                continue;
            }
            if (f.start() < previousRegionEnd) {
                break; // the region before this one is nearer than any heading left
            }
            for (Heading k : kept) {
                if (k.level() == f.level() && k.text().equals(f.text())) {
                    return k.end();
                }
            }
        }
        return j == 0 ? bodyEnd : placed[j - 1];
    }

    private static List<Heading> headings(String body, List<GeneratedRegions.Region> regions) {
        List<Heading> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int pos = 0;
        for (MarkdownBlocks.Raw raw : MarkdownBlocks.split(body, 1, regions)) {
            int end = pos + raw.text().length();
            // The first heading of a level and text is the one a new region anchors to.
            if (raw.heading() != null && seen.add(raw.level() + " " + raw.heading().strip())) {
                out.add(new Heading(pos, end, raw.level(), raw.heading().strip()));
            }
            pos = end;
        }
        return out;
    }
}
