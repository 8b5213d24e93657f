package io.modelcards.profile.internal.column;

import io.modelcards.profile.internal.scan.ScanContext;

/**
 * The earliest few places, by (file index, row offset), at which something was seen, so that "first" does not depend
 * on how rows were split among workers. Recording costs two comparisons once full, and allocates only for a place
 * that is kept.
 */
final class Positions {
    private final int limit;
    private final int[] files;
    private final long[] offsets;
    private final long[] lines;
    private final String[] paths;
    private int size;

    Positions(int limit) {
        this.limit = limit;
        files = new int[limit];
        offsets = new long[limit];
        lines = new long[limit];
        paths = new String[limit];
    }

    int size() {
        return size;
    }

    /** Records the context's current row if it is among the earliest. */
    void record(ScanContext ctx) {
        if (size == limit && !before(ctx.fileIndex(), ctx.rowOffset(), size - 1)) {
            return;
        }
        insert(ctx.fileIndex(), ctx.rowOffset(), ctx.line(), ctx.path());
    }

    void merge(Positions o) {
        for (int i = 0; i < o.size; i++) {
            if (size < limit || before(o.files[i], o.offsets[i], size - 1)) {
                insert(o.files[i], o.offsets[i], o.lines[i], o.paths[i]);
            }
        }
    }

    int file(int i) {
        return files[i];
    }

    long offset(int i) {
        return offsets[i];
    }

    long line(int i) {
        return lines[i];
    }

    String path(int i) {
        return paths[i];
    }

    private boolean before(int file, long offset, int i) {
        return file < files[i] || file == files[i] && offset < offsets[i];
    }

    private void insert(int file, long offset, long line, String path) {
        int i = Math.min(size, limit - 1);
        while (i > 0 && before(file, offset, i - 1)) {
            files[i] = files[i - 1];
            offsets[i] = offsets[i - 1];
            lines[i] = lines[i - 1];
            paths[i] = paths[i - 1];
            i--;
        }
        files[i] = file;
        offsets[i] = offset;
        lines[i] = line;
        paths[i] = path;
        if (size < limit) {
            size++;
        }
    }
}
