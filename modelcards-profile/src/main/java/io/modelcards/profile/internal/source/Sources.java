package io.modelcards.profile.internal.source;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Turns the inputs a user names (files, folders of shards) into the dataset's files, in a stable order. */
public final class Sources {
    private Sources() {}

    /**
     * The files of the inputs: a file stands for itself; a folder for every file below it whose name has a known
     * format, sorted by relative path so shard order is stable. Inputs keep the order given.
     *
     * @throws InvalidInputException for a missing input, a file of unknown format, or a folder without data files
     */
    public static List<DataSource> expand(List<Path> inputs) throws InvalidInputException, IOException {
        List<DataSource> out = new ArrayList<>();
        List<Diagnostic> errors = new ArrayList<>();
        for (Path input : inputs) {
            String shown = input.toString();
            if (!Files.exists(input)) {
                errors.add(Diagnostic.error(shown, 0, 0, "input/not-found", "no such file or folder: check the path"));
            } else if (Files.isDirectory(input)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(input)) {
                    files = walk.filter(Files::isRegularFile)
                            .filter(p -> DataFormat.of(p).isPresent())
                            .sorted().toList();
                }
                if (files.isEmpty()) {
                    errors.add(Diagnostic.error(shown, 0, 0, "profile/no-data-files",
                            "no .csv, .tsv, .jsonl or .parquet files (optionally .gz or .zst) in this folder"));
                }
                for (Path f : files) {
                    out.add(source(out.size(), f, input.resolve(input.relativize(f)).toString()));
                }
            } else {
                if (DataFormat.of(input).isEmpty()) {
                    errors.add(Diagnostic.error(shown, 0, 0, "profile/unknown-format",
                            "unknown data format: name the file .csv, .tsv, .jsonl, .ndjson or .parquet"
                                    + " (optionally with .gz or .zst)"));
                } else {
                    out.add(source(out.size(), input, shown));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return out;
    }

    private static DataSource source(int index, Path file, String shown) throws IOException {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 4);
        }
        // expand() only passes files whose name has a known format.
        DataFormat format = DataFormat.of(file).orElseThrow();
        return new DataSource(index, file, shown, format, Compression.sniff(head, n), Files.size(file));
    }
}
