package io.modelcards.profile.internal.parquet;

import io.modelcards.profile.internal.scan.RowProblems;
import io.modelcards.profile.internal.scan.RowTarget;
import io.modelcards.profile.internal.scan.ScanContext;
import io.modelcards.profile.internal.scan.ValueSink;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;

/** A row target that writes every call it receives as one line of text, in order. */
final class CallLogTarget implements RowTarget {
    final List<String> log = new ArrayList<>();
    private final ScanContext context = new ScanContext(new RowProblems());
    private final LongPredicate wanted;

    /** {@code wanted} decides from the row offset whether the sample wants a row. */
    CallLogTarget(LongPredicate wanted) {
        this.wanted = wanted;
    }

    @Override
    public ScanContext context() {
        return context;
    }

    @Override
    public ValueSink column(String name) {
        return new Sink(name);
    }

    @Override
    public boolean sampleWanted() {
        return wanted.test(context.rowOffset());
    }

    @Override
    public void endRow(byte[] raw, int off, int len) {
        log.add("end " + context.fileIndex() + " " + context.path() + " line " + context.line() + " offset "
                + context.rowOffset() + (raw == null ? " no sample" : " " + new String(raw, off, len, StandardCharsets.UTF_8)));
    }

    private final class Sink implements ValueSink {
        private final String name;

        Sink(String name) {
            this.name = name;
        }

        private void add(String event) {
            log.add(name + " " + event);
        }

        @Override public void nullValue() { add("null"); }
        @Override public void boolValue(boolean v) { add("bool " + v); }
        @Override public void intValue(long v) { add("int " + v); }
        @Override public void floatValue(double v) { add("float " + v); }
        @Override public void textValue(byte[] utf8, int off, int len) {
            add("text " + new String(utf8, off, len, StandardCharsets.UTF_8));
        }
        @Override public void binaryValue(long length) { add("binary " + length); }
        @Override public void listValue(int length) { add("list " + length); }
        @Override public void structValue() { add("struct"); }
        @Override public ValueSink elements() { return new Sink(name + "[]"); }
        @Override public ValueSink field(String field) { return new Sink(name + "." + field); }
    }
}
