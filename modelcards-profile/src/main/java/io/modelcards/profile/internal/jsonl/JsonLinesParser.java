package io.modelcards.profile.internal.jsonl;

import io.modelcards.profile.internal.scan.Bytes;
import io.modelcards.profile.internal.scan.RowTarget;
import io.modelcards.profile.internal.scan.ScanContext;
import io.modelcards.profile.internal.scan.Utf8;
import io.modelcards.profile.internal.source.Block;

/**
 * Parses blocks of JSON Lines: one JSON object per line, blank lines ignored. Each line is checked whole (JSON syntax
 * and UTF-8) before any of its values reach the sinks; a bad line is reported with its line and column and skipped.
 * One parser per worker thread.
 */
public final class JsonLinesParser {
    /** Nesting deeper than this is reported rather than followed, so a hostile line cannot exhaust the stack. */
    static final int MAX_DEPTH = 64;

    private final RowTarget target;
    private final ScanContext ctx;
    private final Tape tape = new Tape();
    private final Keys keys;
    private final JsonSyntax syntax;

    private final int maxLineBytes;

    /** A parser with no line limit beyond the reader's. */
    public JsonLinesParser(RowTarget target) {
        this(target, Integer.MAX_VALUE);
    }

    /** A parser that reports and skips lines longer than {@code maxLineBytes}. */
    public JsonLinesParser(RowTarget target, int maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
        this.target = target;
        this.ctx = target.context();
        this.keys = new Keys(target);
        this.syntax = new JsonSyntax(tape);
    }

    /** Parses every line of the block; returns the rows delivered. */
    public long parse(Block block) {
        byte[] b = block.data();
        int end = block.length();
        ctx.file(block.source().index(), block.source().shown());
        long line = block.firstLine();
        long rows = 0;
        int i = 0;
        while (i < end) {
            ctx.row(line, block.startOffset() + i);
            int nl = parseLine(b, i, end);
            if (nl < 0) {
                rows++;
                nl = -nl - 1;
            }
            line++;
            i = nl + 1;
        }
        return rows;
    }

    private static final long NL = Bytes.pattern('\n');

    /**
     * Parses the line starting at {@code start}; returns the index of its line feed (or the block end), as
     * {@code -index - 1} when the line was a row.
     */
    private int parseLine(byte[] b, int start, int end) {
        int i = JsonSyntax.skipSpace(b, start, end);
        if (i == end || b[i] == '\n') {
            return i; // a blank line is not a row
        }
        tape.clear();
        int after = syntax.top(b, i, end);
        if (after >= 0) {
            after = JsonSyntax.skipSpace(b, after, end);
            if (after < end && b[after] != '\n') {
                syntax.fail(after, "profile/invalid-json", "text after the JSON object: one object per line");
                after = -1;
            }
        }
        if (after < 0) {
            int pos = Math.min(syntax.errorAt(), end);
            int nl = Bytes.indexOf(b, pos, end, NL);
            ctx.report(syntax.errorCode(), true, Utf8.column(b, start, pos), syntax.errorMessage());
            return nl;
        }
        if (after - start > maxLineBytes) {
            ctx.report("profile/line-too-long", true, 1, "line longer than " + maxLineBytes + " bytes: skipped");
            return after;
        }
        int stop = after > start && b[after - 1] == '\r' ? after - 1 : after;
        int j = 1; // tape[0] is the row's OBJECT
        int stopAt = (int) tape.a[0];
        for (int ordinal = 0; j < stopAt; ordinal++) {
            j = tape.replay(j + 1, keys.topField(ordinal, tape, j, b), b, keys);
        }
        if (target.sampleWanted()) {
            target.endRow(b, start, stop - start);
        } else {
            target.endRow(null, 0, 0);
        }
        return -after - 1;
    }
}
