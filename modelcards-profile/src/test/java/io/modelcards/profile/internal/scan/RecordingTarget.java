package io.modelcards.profile.internal.scan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A row target for parser tests: writes every value it gets as text, per column, and keeps every row's sample bytes. */
public final class RecordingTarget implements RowTarget {
    public final RowProblems problems = new RowProblems();
    public final ScanContext ctx = new ScanContext(problems);
    public final Map<String, List<String>> values = new LinkedHashMap<>();
    public final List<String> rows = new ArrayList<>();
    public final List<Long> rowLines = new ArrayList<>();

    @Override
    public ScanContext context() {
        return ctx;
    }

    @Override
    public ValueSink column(String name) {
        return new Sink(name);
    }

    @Override
    public boolean sampleWanted() {
        return true;
    }

    @Override
    public void endRow(byte[] raw, int off, int len) {
        rows.add(raw == null ? null : new String(raw, off, len, StandardCharsets.UTF_8));
        rowLines.add(ctx.line());
    }

    /** The values of a column, in order. */
    public List<String> of(String column) {
        return values.getOrDefault(column, List.of());
    }

    private final class Sink implements ValueSink {
        private final String name;

        Sink(String name) {
            this.name = name;
        }

        private void add(String v) {
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(v);
        }

        @Override public void nullValue() { add("null"); }
        @Override public void boolValue(boolean v) { add("bool:" + v); }
        @Override public void intValue(long v) { add("int:" + v); }
        @Override public void floatValue(double v) { add("float:" + v); }
        @Override public void textValue(byte[] utf8, int off, int len) {
            add("text:" + new String(utf8, off, len, StandardCharsets.UTF_8));
        }
        @Override public void binaryValue(long length) { add("binary:" + length); }
        @Override public void listValue(int length) { add("list:" + length); }
        @Override public void structValue() { add("struct"); }
        @Override public ValueSink elements() { return new Sink(name + "[]"); }
        @Override public ValueSink field(String f) { return new Sink(name + "." + f); }
    }
}
