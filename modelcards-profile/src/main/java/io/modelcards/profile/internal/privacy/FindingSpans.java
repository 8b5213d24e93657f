package io.modelcards.profile.internal.privacy;

import java.util.Arrays;

/** The findings of one text, in order: where each starts and ends, and its kind. Used only to redact. */
final class FindingSpans {
    int[] starts = new int[4];
    int[] ends = new int[4];
    int[] kinds = new int[4];
    int size;

    void add(int start, int end, int kind) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            kinds = Arrays.copyOf(kinds, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        kinds[size] = kind;
        size++;
    }
}
