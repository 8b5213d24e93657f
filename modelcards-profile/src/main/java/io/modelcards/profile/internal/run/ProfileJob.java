package io.modelcards.profile.internal.run;

import io.modelcards.card.DataFile;
import io.modelcards.card.DatasetProfile;
import io.modelcards.card.DatasetProfileBuilder;
import io.modelcards.card.DatasetStatistics;
import io.modelcards.card.LabelDistribution;
import io.modelcards.card.PrivacyFinding;
import io.modelcards.card.SchemaVersion;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.profile.ProgressListener;
import io.modelcards.profile.internal.column.ColumnAccumulator;
import io.modelcards.profile.internal.column.ColumnAccuracy;
import io.modelcards.profile.internal.column.ColumnSettings;
import io.modelcards.profile.internal.sample.Reservoir;
import io.modelcards.profile.internal.scan.RowProblems;
import io.modelcards.profile.internal.source.DataSource;
import io.modelcards.profile.internal.source.Sources;
import io.modelcards.profile.internal.tokens.TokenCounter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Runs a whole profile: finds the files, scans them, merges the workers' figures and assembles the profile. */
public final class ProfileJob {
    /** Column names taken as the label when none is named, compared without case. */
    static final List<String> LABEL_NAMES = List.of("label", "labels", "target", "class", "y");

    /**
     * What to profile and how.
     *
     * @param inputs     files and folders
     * @param name       dataset name, or null for the first input's file name
     * @param split      split name, or null
     * @param label      label column, or null to detect one
     * @param tokenizer  tokenizer.json, or null
     * @param sample     sample rows
     * @param seed       sample seed
     * @param strict     fail on the first bad row
     * @param threads    worker threads
     * @param maxRecordBytes longest record read
     * @param progress   progress listener
     */
    public record Request(List<Path> inputs, String name, String split, String label, Path tokenizer, int sample,
                          long seed, boolean strict, int threads, int maxRecordBytes, ProgressListener progress) {}

    private ProfileJob() {}

    /** Profiles the request's inputs. */
    public static DatasetProfile run(Request r) throws IOException, InvalidInputException {
        List<DataSource> sources = Sources.expand(r.inputs());
        TokenCounter tokens = r.tokenizer() == null ? null : TokenCounter.open(r.tokenizer());
        try {
            ColumnSettings settings = ColumnSettings.defaults();
            if (tokens != null) {
                settings = settings.withTokens(tokens);
            }
            ProfileRun run = new ProfileRun(new ScanOptions(Math.max(1, r.threads()), Math.max(0, r.sample()),
                    r.seed(), r.strict(), r.maxRecordBytes(), r.progress()), settings);
            List<DataFile> files;
            try {
                files = run.scan(sources);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while profiling", e);
            }
            return assemble(r, sources, files, run, settings, tokens);
        } finally {
            if (tokens != null) {
                tokens.close();
            }
        }
    }

    private static DatasetProfile assemble(Request r, List<DataSource> sources, List<DataFile> files, ProfileRun run,
                                           ColumnSettings settings, TokenCounter tokens)
            throws InvalidInputException {
        RowProblems problems = new RowProblems();
        problems.merge(run.readerProblems());
        long rows = 0;
        Map<String, ColumnAccumulator> columns = new LinkedHashMap<>();
        Map<String, long[]> first = new LinkedHashMap<>();
        Reservoir sample = new Reservoir(Math.max(0, r.sample()), r.seed());
        for (Worker w : run.workers()) {
            problems.merge(w.problems);
            rows += w.rows;
            sample.merge(w.sample);
            for (Map.Entry<String, ColumnAccumulator> e : w.columns.entrySet()) {
                ColumnAccumulator mine = columns.get(e.getKey());
                long[] seen = w.firstSeen.get(e.getKey());
                if (mine == null) {
                    columns.put(e.getKey(), e.getValue());
                    first.put(e.getKey(), seen);
                } else {
                    mine.merge(e.getValue());
                    if (POSITION.compare(seen, first.get(e.getKey())) < 0) {
                        first.put(e.getKey(), seen);
                    }
                }
            }
        }
        if (r.strict()) {
            Diagnostic d = problems.firstError();
            if (d != null) {
                throw new InvalidInputException(d);
            }
        }
        List<String> order = new ArrayList<>(columns.keySet());
        order.sort(Comparator.comparing(first::get, POSITION));
        List<DatasetStatistics.Column> out = new ArrayList<>();
        List<PrivacyFinding> privacy = new ArrayList<>();
        for (String name : order) {
            ColumnAccumulator c = columns.get(name);
            out.addAll(c.toColumns(rows, problems));
            privacy.addAll(c.privacy());
        }
        LabelDistribution label = label(r, columns, order);
        String name = r.name() != null ? r.name() : defaultName(r.inputs().get(0));
        String source = String.join(", ", r.inputs().stream().map(Path::toString).toList());
        long bytes = files.stream().mapToLong(DataFile::bytes).sum();
        List<Map<String, String>> samples = SampleRows.decode(sample.rows());
        return DatasetProfileBuilder.builder().schemaVersion(SchemaVersion.CURRENT).name(name).sourceUri(source).split(r.split())
                .contentHash(ContentHash.of(files)).bytes(bytes).rows(rows).method("exact").seed(samples.isEmpty() ? null : r.seed())
                .files(files).columns(out).label(label).samples(samples).privacy(privacy).problems(problems.toList())
                .accuracy(ColumnAccuracy.accuracy(settings))
                .tokenizer(tokens == null ? null : tokens.describe()).build();
    }

    private static final Comparator<long[]> POSITION = Comparator.<long[]>comparingLong(p -> p[0])
            .thenComparingLong(p -> p[1]).thenComparingLong(p -> p[2]);

    private static LabelDistribution label(Request r, Map<String, ColumnAccumulator> columns, List<String> order)
            throws InvalidInputException {
        if (r.label() != null) {
            ColumnAccumulator c = columns.get(r.label());
            if (c == null) {
                throw new InvalidInputException(Diagnostic.error(r.inputs().get(0).toString(), 0, 0,
                        "profile/label-not-found", "no column \"" + r.label() + "\" to take as the label; columns are "
                                + String.join(", ", order)));
            }
            return c.toLabel(false);
        }
        for (String name : order) {
            if (LABEL_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
                LabelDistribution l = columns.get(name).toLabel(true);
                if (l != null) {
                    return l;
                }
            }
        }
        return null;
    }

    /** The file name without its format and compression extensions: {@code train.jsonl.gz} gives {@code train}. */
    static String defaultName(Path input) {
        Path f = input.getFileName();
        String n = f == null ? input.toString() : f.toString();
        int dot = n.indexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
