package io.modelcards.profile;

import io.modelcards.card.DatasetProfile;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.profile.internal.run.ProfileJob;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Profiles a dataset (CSV, TSV, JSONL or Parquet files, compressed or not, or folders of shards) into a
 * {@link DatasetProfile} of exact full-dataset statistics, on every core and in bounded memory.
 *
 * <p>Every row is read: the figures are exact over the whole dataset, except where a sketch takes over beyond a stated
 * bound (see {@link io.modelcards.card.SketchAccuracy}). One thread reads, hashes and decompresses; the others parse.
 */
public final class Profiler {
    private final Builder b;

    private Profiler(Builder b) {
        this.b = b;
    }

    /** A builder: {@link Builder#addInput(Path)} is required, everything else optional. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads every row and returns the profile. Bad rows are reported in the profile's problems and skipped; with
     * {@link Builder#optStrict(boolean)} the first bad row fails the run instead.
     *
     * @throws InvalidInputException when an input cannot be read as its format at all, or bad rows are met in strict mode
     * @throws IOException when a file cannot be read
     */
    public DatasetProfile run() throws IOException, InvalidInputException {
        return ProfileJob.run(new ProfileJob.Request(List.copyOf(b.inputs), b.name, b.split, b.label, b.tokenizer,
                b.sample, b.seed, b.strict, b.threads, b.maxRecordBytes, b.progress));
    }

    /** Options of a profile run, DJL style: {@code addInput} is required, {@code optX} are optional. */
    public static final class Builder {
        final List<Path> inputs = new ArrayList<>();
        String name;
        String split;
        String label;
        Path tokenizer;
        int sample = 5;
        long seed = 42;
        boolean strict;
        int threads = Runtime.getRuntime().availableProcessors();
        ProgressListener progress = ProgressListener.NONE;
        int maxRecordBytes = 64 << 20;

        private Builder() {}

        /** Adds a file or a folder of shards. */
        public Builder addInput(Path input) {
            inputs.add(input);
            return this;
        }

        /** The dataset's name; defaults to the first input's file name without extensions. */
        public Builder optName(String name) {
            this.name = name;
            return this;
        }

        /** The split, e.g. "train" or "test". */
        public Builder optSplit(String split) {
            this.split = split;
            return this;
        }

        /** The label column; without it a column named label, labels, target, class or y is used when present. */
        public Builder optLabel(String column) {
            this.label = column;
            return this;
        }

        /** A HuggingFace {@code tokenizer.json} to count tokens of text columns with. */
        public Builder optTokenizer(Path tokenizerJson) {
            this.tokenizer = tokenizerJson;
            return this;
        }

        /** Rows kept in the seeded sample (default 5; 0 for none). */
        public Builder optSample(int rows) {
            this.sample = rows;
            return this;
        }

        /** The sample's seed (default 42). */
        public Builder optSeed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Fails on the first bad row instead of reporting and skipping it. */
        public Builder optStrict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /** Worker threads (default: available processors). */
        public Builder optThreads(int threads) {
            this.threads = threads;
            return this;
        }

        /** The longest line (record) read, in bytes (default 64 MiB); longer ones are reported and skipped. */
        public Builder optMaxLineBytes(int bytes) {
            this.maxRecordBytes = bytes;
            return this;
        }

        /** Where to report progress. */
        public Builder optProgress(ProgressListener listener) {
            this.progress = listener;
            return this;
        }

        /** The profiler; fails if no input was added. */
        public Profiler build() {
            if (inputs.isEmpty()) {
                throw new IllegalStateException("addInput is required");
            }
            return new Profiler(this);
        }
    }
}
