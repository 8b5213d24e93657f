package io.modelcards.card;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;
import java.util.Map;

/**
 * A dataset's identity and statistics as one flat document: the content of a {@code profile.json}.
 *
 * <p>The card embeds the same figures as a {@link DatasetInfo} whose {@link DatasetInfo#statistics()} holds them;
 * {@link #toDataset(String)} and {@link #of(DatasetInfo)} convert between the two without loss.
 *
 * <p>{@link DatasetProfileBuilder} builds one by naming each value; {@code withRows(…)} and the other withers change one value.
 *
 * @param schemaVersion card schema version the profile was written at
 * @param name          dataset name
 * @param sourceUri     the path, folder or URI profiled
 * @param split         split name, e.g. "train"
 * @param contentHash   "sha256:&lt;hex&gt;" over the files' bytes, in file order
 * @param bytes         total size on disk
 * @param rows          rows read
 */
@RecordBuilder
public record DatasetProfile(String schemaVersion, String name, String sourceUri, String split, String contentHash,
                             Long bytes, long rows, String method, Long sampled, Long seed, List<DataFile> files,
                             List<DatasetStatistics.Column> columns, LabelDistribution label,
                             List<Map<String, String>> samples, List<PrivacyFinding> privacy,
                             List<DataProblem> problems, SketchAccuracy accuracy, String tokenizer)
        implements DatasetProfileBuilder.With {
    public DatasetProfile {
        files = Lists.copy(files);
        columns = Lists.copy(columns);
        samples = Lists.copy(samples);
        privacy = Lists.copy(privacy);
        problems = Lists.copy(problems);
    }

    /** The profile as a card dataset entry with the given role ("training", "evaluation", ...). */
    public DatasetInfo toDataset(String role) {
        DatasetStatistics statistics = DatasetStatisticsBuilder.builder().method(method).sampled(sampled).seed(seed).rows(rows)
                .columns(columns).files(files).label(label).samples(samples).privacy(privacy).problems(problems)
                .accuracy(accuracy).tokenizer(tokenizer).build();
        return DatasetInfoBuilder.builder().name(name).role(role).sourceUri(sourceUri).contentHash(contentHash).split(split)
                .rows(rows).bytes(bytes).statistics(statistics).build();
    }

    /** The profile of a card dataset entry; statistics absent from the entry stay empty. */
    public static DatasetProfile of(DatasetInfo d) {
        DatasetStatistics s = d.statistics();
        long rows = d.rows() != null ? d.rows() : s != null ? s.rows() : 0;
        DatasetProfileBuilder b = DatasetProfileBuilder.builder().schemaVersion(SchemaVersion.CURRENT).name(d.name())
                .sourceUri(d.sourceUri()).split(d.split()).contentHash(d.contentHash()).bytes(d.bytes()).rows(rows);
        if (s != null) {
            b.method(s.method()).sampled(s.sampled()).seed(s.seed()).files(s.files()).columns(s.columns()).label(s.label())
                    .samples(s.samples()).privacy(s.privacy()).problems(s.problems()).accuracy(s.accuracy()).tokenizer(s.tokenizer());
        }
        return b.build();
    }
}
