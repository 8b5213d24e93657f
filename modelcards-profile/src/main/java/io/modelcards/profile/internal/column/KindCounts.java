package io.modelcards.profile.internal.column;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.profile.internal.scan.RowProblems;
import io.modelcards.profile.internal.scan.ScanContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many values of each kind a column holds, the column type they imply, and the first places of each kind.
 *
 * <p>The type is the kind of the non-null values. Ints and floats form one group, "float" when both occur. With
 * several groups the largest wins (ties go to the earlier kind in {@link Kind} order), and every kind outside it is
 * reported as a {@code profile/mixed-types} warning with its count and its first {@link RowProblems#EXAMPLES} places.
 */
final class KindCounts {
    private final long[] counts = new long[Kind.ALL.length];
    private final Positions[] first = new Positions[Kind.ALL.length];

    /** Counts a value of {@code kind} at the context's row. */
    void add(Kind kind, ScanContext ctx) {
        int k = kind.ordinal();
        counts[k]++;
        Positions p = first[k];
        if (p == null) {
            p = first[k] = new Positions(RowProblems.EXAMPLES);
        }
        p.record(ctx);
    }

    long count(Kind kind) {
        return counts[kind.ordinal()];
    }

    long total() {
        long t = 0;
        for (long c : counts) {
            t += c;
        }
        return t;
    }

    void merge(KindCounts o) {
        for (int k = 0; k < counts.length; k++) {
            counts[k] += o.counts[k];
            if (o.first[k] != null) {
                if (first[k] == null) {
                    first[k] = o.first[k];
                } else {
                    first[k].merge(o.first[k]);
                }
            }
        }
    }

    /** The largest group's leading kind: FLOAT for a mixed int/float group; null when there are no values. */
    Kind majority() {
        Kind best = null;
        long bestCount = 0;
        for (Kind k : Kind.ALL) {
            if (k == Kind.FLOAT) {
                continue; // counted with INT
            }
            long c = k == Kind.INT ? counts[Kind.INT.ordinal()] + counts[Kind.FLOAT.ordinal()] : counts[k.ordinal()];
            if (c > bestCount) {
                best = k;
                bestCount = c;
            }
        }
        if (best == Kind.INT && counts[Kind.FLOAT.ordinal()] > 0) {
            return Kind.FLOAT;
        }
        return best;
    }

    /** Every kind seen with its count, when more than one kind was seen; else null. */
    Map<String, Long> toMap() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Kind k : Kind.ALL) {
            if (counts[k.ordinal()] > 0) {
                out.put(k.label, counts[k.ordinal()]);
            }
        }
        return out.size() > 1 ? out : null;
    }

    /** Reports each kind outside the majority group as a mixed-type warning naming the column and its type. */
    void report(String column, String type, RowProblems problems) {
        Kind major = majority();
        if (major == null) {
            return;
        }
        for (Kind k : Kind.ALL) {
            long c = counts[k.ordinal()];
            if (c == 0 || k == major || k.numeric() && major.numeric()) {
                continue;
            }
            String message = "column \"" + column + "\": " + k.label + " value in a column of " + type + " values";
            Positions p = first[k.ordinal()];
            List<RowProblems.Example> examples = new ArrayList<>();
            for (int i = 0; i < p.size(); i++) {
                examples.add(new RowProblems.Example(p.file(i), p.offset(i), Diagnostic.warning(p.path(i),
                        RowProblems.clamp(p.line(i)), 1, null, message)));
            }
            problems.add("profile/mixed-types", false, c, examples);
        }
    }
}
