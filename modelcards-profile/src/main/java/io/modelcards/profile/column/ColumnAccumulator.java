package io.modelcards.profile.column;

import io.modelcards.card.DatasetStatistics;
import io.modelcards.card.LabelDistribution;
import io.modelcards.card.PrivacyFinding;
import io.modelcards.profile.scan.Problems;
import io.modelcards.profile.scan.ScanContext;
import io.modelcards.profile.scan.ValueSink;
import java.util.List;

/**
 * Accumulates one column's statistics on one worker; merged across workers at the end.
 *
 * <p>STUB: signatures agreed; the implementation is being written.
 */
public final class ColumnAccumulator implements ValueSink {
    private final String name;

    public ColumnAccumulator(String name, ColumnSettings settings, ScanContext context) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** Adds the same column's accumulator from another worker; {@code other} is not used afterwards. */
    public void merge(ColumnAccumulator other) {}

    /**
     * This column's statistics followed by its children's ({@code name[]}, then {@code name.field} in first-seen order).
     * {@code rows} is how many values the column could have had (rows of the dataset for a top-level column); values
     * not seen count as nulls. Mixed-type problems are added to {@code problems}.
     */
    public List<DatasetStatistics.Column> toColumns(long rows, Problems problems) {
        return List.of();
    }

    /** The class distribution of this column as a label, or null when it cannot be a label (e.g. float, list). */
    public LabelDistribution toLabel(boolean detected) {
        return null;
    }

    /** Personal data and secrets found in this column and its children. */
    public List<PrivacyFinding> privacy() {
        return List.of();
    }

    @Override public void nullValue() {}
    @Override public void boolValue(boolean v) {}
    @Override public void intValue(long v) {}
    @Override public void floatValue(double v) {}
    @Override public void textValue(byte[] utf8, int off, int len) {}
    @Override public void binaryValue(long length) {}
    @Override public void listValue(int length) {}
    @Override public void structValue() {}
    @Override public ValueSink elements() { return this; }
    @Override public ValueSink field(String name) { return this; }
}
