package io.modelcards.profile.internal.column;

import io.modelcards.card.PrivacyFinding;
import io.modelcards.profile.internal.privacy.PiiScanner;
import io.modelcards.profile.internal.scan.ScanContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Values per personal-data kind found by {@link PiiScanner}, with the first {@link #LOCATIONS} places of each as
 * {@code path:line}, earliest by position whatever the split.
 */
final class PrivacyCounts {
    static final int LOCATIONS = 3;
    private static final int KINDS = 5;

    private final long[] counts = new long[KINDS];
    private final Positions[] first = new Positions[KINDS];

    /** Counts one value whose scan found the kinds in {@code bits}. */
    void add(int bits, ScanContext ctx) {
        for (int k = 0; k < KINDS; k++) {
            if ((bits & (1 << k)) != 0) {
                counts[k]++;
                if (first[k] == null) {
                    first[k] = new Positions(LOCATIONS);
                }
                first[k].record(ctx);
            }
        }
    }

    void merge(PrivacyCounts o) {
        for (int k = 0; k < KINDS; k++) {
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

    void addFindings(String column, List<PrivacyFinding> out) {
        for (int k = 0; k < KINDS; k++) {
            if (counts[k] > 0) {
                List<String> locations = new ArrayList<>();
                for (int i = 0; i < first[k].size(); i++) {
                    locations.add(first[k].path(i) + ":" + first[k].line(i));
                }
                out.add(new PrivacyFinding(column, PiiScanner.kindName(1 << k), counts[k], locations));
            }
        }
    }
}
