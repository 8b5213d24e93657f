package io.modelcards.card;

import java.util.List;
import java.util.Map;

/**
 * A dataset's identity and statistics as one flat document: the content of a {@code profile.json}.
 *
 * <p>The card embeds the same figures as a {@link DatasetInfo} whose {@link DatasetInfo#statistics()} holds them;
 * {@link #toDataset(String)} and {@link #of(DatasetInfo)} convert between the two without loss.
 *
 * @param schemaVersion card schema version the profile was written at
 * @param name          dataset name
 * @param sourceUri     the path, folder or URI profiled
 * @param split         split name, e.g. "train"
 * @param contentHash   "sha256:&lt;hex&gt;" over the files' bytes, in file order
 * @param bytes         total size on disk
 * @param rows          rows read
 */
public record DatasetProfile(String schemaVersion, String name, String sourceUri, String split, String contentHash,
                             Long bytes, long rows, String method, Long sampled, Long seed, List<DataFile> files,
                             List<DatasetStatistics.Column> columns, LabelDistribution label,
                             List<Map<String, String>> samples, List<PrivacyFinding> privacy,
                             List<DataProblem> problems, SketchAccuracy accuracy, String tokenizer) {
    public DatasetProfile {
        files = Lists.copy(files);
        columns = Lists.copy(columns);
        samples = Lists.copy(samples);
        privacy = Lists.copy(privacy);
        problems = Lists.copy(problems);
    }

    /** The profile as a card dataset entry with the given role ("training", "evaluation", ...). */
    public DatasetInfo toDataset(String role) {
        return new DatasetInfo(name, role, sourceUri, null, contentHash, split, rows, bytes,
                new DatasetStatistics(method, sampled, seed, rows, columns, files, label, samples, privacy, problems,
                        accuracy, tokenizer));
    }

    /** The profile of a card dataset entry; statistics absent from the entry stay empty. */
    public static DatasetProfile of(DatasetInfo d) {
        DatasetStatistics s = d.statistics();
        long rows = d.rows() != null ? d.rows() : s != null ? s.rows() : 0;
        if (s == null) {
            return new DatasetProfile(SchemaVersion.CURRENT, d.name(), d.sourceUri(), d.split(), d.contentHash(),
                    d.bytes(), rows, null, null, null, null, null, null, null, null, null, null, null);
        }
        return new DatasetProfile(SchemaVersion.CURRENT, d.name(), d.sourceUri(), d.split(), d.contentHash(),
                d.bytes(), rows, s.method(), s.sampled(), s.seed(), s.files(), s.columns(), s.label(), s.samples(),
                s.privacy(), s.problems(), s.accuracy(), s.tokenizer());
    }
}
