package io.modelcards.profile.internal.parquet;

import io.modelcards.profile.internal.scan.RowProblems;
import io.modelcards.profile.internal.scan.RowTarget;
import io.modelcards.profile.internal.scan.ScanContext;
import io.modelcards.profile.internal.scan.ValueSink;

/** A row target for many rows: checks that column {@code n} holds the row index, and counts rows. */
final class CountingTarget implements RowTarget {
    private final ScanContext context = new ScanContext(new RowProblems());
    long rows;
    boolean inOrder = true;

    @Override
    public ScanContext context() {
        return context;
    }

    @Override
    public ValueSink column(String name) {
        return new ValueSink() {
            @Override public void nullValue() { inOrder = false; }
            @Override public void boolValue(boolean v) { inOrder = false; }
            @Override public void intValue(long v) { inOrder &= v == context.rowOffset() && context.line() == v + 1; }
            @Override public void floatValue(double v) { inOrder = false; }
            @Override public void textValue(byte[] utf8, int off, int len) { inOrder = false; }
            @Override public void binaryValue(long length) { inOrder = false; }
            @Override public void listValue(int length) { inOrder = false; }
            @Override public void structValue() { inOrder = false; }
            @Override public ValueSink elements() { return this; }
            @Override public ValueSink field(String name) { return this; }
        };
    }

    @Override
    public boolean sampleWanted() {
        return false;
    }

    @Override
    public void endRow(byte[] raw, int off, int len) {
        rows++;
    }
}
