package io.modelcards.card;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;
import java.util.Map;

/**
 * Statistics of a dataset, and the method that produced them.
 *
 * <p>{@link DatasetStatisticsBuilder} builds one by naming each value; {@code withRows(…)} and the other withers change one value.
 *
 * @param method    "exact" (all rows) or "sample"; never a silent first-N
 * @param sampled   rows sampled, when {@code method} is "sample"
 * @param seed      sampling seed, when sampled
 * @param rows      rows in the dataset
 * @param columns   statistics per column, in column order
 * @param files     the files read, with their sizes and hashes (since 1.1)
 * @param label     the label column's class distribution, when a label was named or detected (since 1.1)
 * @param samples   seeded sample rows, long strings truncated and personal data redacted (since 1.1)
 * @param privacy   personal data and secrets found, counted per column and kind (since 1.1)
 * @param problems  bad input met while scanning, counted per kind with the first examples (since 1.1)
 * @param accuracy  error bounds of the sketches behind approximate figures (since 1.1)
 * @param tokenizer the tokenizer token counts were measured with, or null (since 1.1)
 */
@RecordBuilder
public record DatasetStatistics(String method, Long sampled, Long seed, long rows, List<Column> columns,
                                List<DataFile> files, LabelDistribution label, List<Map<String, String>> samples,
                                List<PrivacyFinding> privacy, List<DataProblem> problems, SketchAccuracy accuracy,
                                String tokenizer) implements DatasetStatisticsBuilder.With {
    public DatasetStatistics {
        columns = Lists.copy(columns);
        files = Lists.copy(files);
        samples = Lists.copy(samples);
        privacy = Lists.copy(privacy);
        problems = Lists.copy(problems);
    }

    /**
     * Statistics of one column. Numeric fields are null where they do not apply to the column's type; the headline
     * fields are always written, as null when they do not apply, so every column has the same keys.
     *
     * <p>{@link DatasetStatisticsColumnBuilder} builds one by naming each value; {@code withMean(…)} and the other withers
     * change one value.
     *
     * @param type          string, int, float, bool, list, struct, binary or media
     * @param count         non-null values
     * @param distinct      distinct non-null values: exact when {@code distinctExact}, else a sketch estimate
     * @param min           smallest value (numbers and bools); null for other types
     * @param quantiles     quantile label (e.g. "p50") to value
     * @param top           most frequent values with their counts
     * @param distinctExact whether {@code distinct} is exact (since 1.1)
     * @param histogram     value histogram for numeric columns (since 1.1)
     * @param chars         text length in characters (since 1.1)
     * @param words         text length in whitespace-separated words (since 1.1)
     * @param tokens        text length in tokens, when a tokenizer was given (since 1.1)
     * @param listLength    list lengths (since 1.1)
     * @param sizeBytes     sizes of binary values in bytes (since 1.1)
     * @param kinds         value kind to count, when values of several kinds were seen (since 1.1)
     */
    @RecordBuilder
    public record Column(@JsonInclude(JsonInclude.Include.ALWAYS) String name,
                         @JsonInclude(JsonInclude.Include.ALWAYS) String type,
                         @JsonInclude(JsonInclude.Include.ALWAYS) long count,
                         @JsonInclude(JsonInclude.Include.ALWAYS) long nulls,
                         @JsonInclude(JsonInclude.Include.ALWAYS) Long distinct,
                         @JsonInclude(JsonInclude.Include.ALWAYS) Double min,
                         @JsonInclude(JsonInclude.Include.ALWAYS) Double max,
                         @JsonInclude(JsonInclude.Include.ALWAYS) Double mean,
                         Double std, Map<String, Double> quantiles,
                         @JsonInclude(JsonInclude.Include.ALWAYS) List<TopValue> top,
                         Boolean distinctExact, Histogram histogram, Distribution chars, Distribution words,
                         Distribution tokens, Distribution listLength, Distribution sizeBytes,
                         Map<String, Long> kinds) implements DatasetStatisticsColumnBuilder.With {
        public Column {
            quantiles = Lists.copy(quantiles);
            top = Lists.copy(top);
            kinds = Lists.copy(kinds);
        }
    }

    /**
     * A frequent value and how often it occurs.
     *
     * @param percent share of the column's non-null values, 0 to 100 (since 1.1)
     */
    public record TopValue(String value, long count, Double percent) {
        /** A frequent value without its share. */
        public TopValue(String value, long count) {
            this(value, count, null);
        }
    }
}
