package io.modelcards.profile.internal.csv;

import io.modelcards.profile.internal.scan.RowTarget;
import io.modelcards.profile.internal.scan.ScanContext;
import io.modelcards.profile.internal.scan.Utf8;
import io.modelcards.profile.internal.scan.ValueSink;
import io.modelcards.profile.internal.source.Block;

/**
 * Parses blocks of CSV or TSV records (RFC 4180 quoting, LF or CRLF line ends) against the file's header.
 *
 * <p>A record is checked whole (field count, UTF-8) before its values reach the sinks; a ragged or undecodable record
 * is reported with its line and column and skipped. Quoting follows RFC 4180, exactly as the block cutter reads it,
 * so both agree on where records end. One parser per worker thread.
 */
public final class CsvParser {
    private final RowTarget target;
    private final ScanContext ctx;
    private final Fields fields = new Fields();
    private final SampleJson sample = new SampleJson();
    private int headerFile = -1;
    private String[] names = new String[0];
    private ValueSink[] sinks = new ValueSink[0];

    private final int maxLineBytes;

    /** A parser with no record limit beyond the reader's. */
    public CsvParser(RowTarget target) {
        this(target, Integer.MAX_VALUE);
    }

    /** A parser that reports and skips records longer than {@code maxLineBytes}. */
    public CsvParser(RowTarget target, int maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
        this.target = target;
        this.ctx = target.context();
    }

    /** Parses every record of the block; returns the rows delivered. */
    public long parse(Block block) {
        byte delimiter = (byte) block.source().format().delimiter();
        ctx.file(block.source().index(), block.source().shown());
        if (headerFile != block.source().index()) {
            header(block.header(), delimiter);
            headerFile = block.source().index();
        }
        byte[] b = block.data();
        int end = block.length();
        long line = block.firstLine();
        long rows = 0;
        int i = 0;
        while (i < end) {
            ctx.row(line, block.startOffset() + i);
            int next = fields.split(b, i, end, delimiter);
            line += fields.lineFeeds;
            if (next - i > maxLineBytes) {
                ctx.report("profile/line-too-long", true, 1, "line longer than " + maxLineBytes + " bytes: skipped");
            } else if (deliver(b, i)) {
                rows++;
            }
            i = next;
        }
        return rows;
    }

    private void header(byte[] h, byte delimiter) {
        fields.split(h, 0, h.length, delimiter);
        names = new String[fields.count];
        for (int k = 0; k < fields.count; k++) {
            String name = fields.text(h, k).strip();
            names[k] = name.isEmpty() ? "column" + (k + 1) : name;
        }
        sinks = new ValueSink[names.length];
        for (int k = 0; k < names.length; k++) {
            sinks[k] = target.column(names[k]);
        }
    }

    private boolean deliver(byte[] b, int recordStart) {
        if (fields.count == 1 && fields.len[0] == 0 && !fields.quoted[0]) {
            return false; // a blank line is not a row
        }
        if (fields.badUtf8 >= 0) {
            ctx.report("profile/invalid-utf8", true, Utf8.column(b, recordStart, fields.badUtf8),
                    String.format("invalid UTF-8 byte 0x%02x", b[fields.badUtf8] & 0xff));
            return false;
        }
        if (fields.count != names.length) {
            ctx.report("profile/ragged-row", true, 1, "expected " + names.length + " fields as in the header, found "
                    + fields.count);
            return false;
        }
        if (fields.strayQuote >= 0) {
            ctx.report("profile/stray-quote", false, Utf8.column(b, recordStart, fields.strayQuote),
                    "text after the closing quote of a quoted field: double the quotes inside it");
        }
        for (int k = 0; k < fields.count; k++) {
            byte[] src = fields.unescaped(b, k);
            CsvValues.deliver(src, fields.valueStart(k), fields.len[k], fields.quoted[k], sinks[k]);
        }
        if (target.sampleWanted()) {
            byte[] json = sample.of(names, fields, b);
            target.endRow(json, 0, sample.length());
        } else {
            target.endRow(null, 0, 0);
        }
        return true;
    }
}
