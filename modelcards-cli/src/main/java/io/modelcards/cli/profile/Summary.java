package io.modelcards.cli.profile;

import io.modelcards.card.DataProblem;
import io.modelcards.card.DatasetProfile;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The last lines of {@code modelcards profile}: rows read, kept and skipped with the problem codes that skipped them,
 * other problems, and what was written.
 *
 * <pre>
 * read 7 rows from 1 file: kept 4, skipped 3 [profile/ragged-row: 3]
 * wrote train.json (4 rows, 3 columns)
 * </pre>
 */
public final class Summary {
    /** Errors about a whole file rather than a row: they skip no row. */
    private static final Set<String> FILE_PROBLEMS = Set.of("profile/empty-file");

    private Summary() {}

    /**
     * The summary lines of {@code profile}, written to {@code written} (a path, or null for standard output). Each
     * error about a row skipped that row; warnings leave their rows in.
     */
    public static List<String> lines(DatasetProfile profile, String written) {
        List<DataProblem> skipping = profile.problems().stream()
                .filter(p -> p.severity().equals("error") && !FILE_PROBLEMS.contains(p.code())).toList();
        List<DataProblem> others = profile.problems().stream().filter(p -> !skipping.contains(p)).toList();
        long skipped = skipping.stream().mapToLong(DataProblem::count).sum();
        int files = profile.files().size();
        String read = String.format(Locale.ROOT, "read %s from %s: kept %,d, skipped %,d%s", count(profile.rows() + skipped, "row"),
                count(files, "file"), profile.rows(), skipped, codes(skipping));
        if (!others.isEmpty()) {
            read += String.format(Locale.ROOT, "; other problems: %,d%s",
                    others.stream().mapToLong(DataProblem::count).sum(), codes(others));
        }
        String wrote = String.format(Locale.ROOT, "wrote %s (%s, %s)", written == null ? "the profile to standard output" : written,
                count(profile.rows(), "row"), count(profile.columns().size(), "column"));
        return List.of(read, wrote);
    }

    private static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    private static String codes(List<DataProblem> problems) {
        return problems.isEmpty() ? "" : problems.stream()
                .map(p -> String.format(Locale.ROOT, "%s: %,d", p.code(), p.count())).collect(Collectors.joining(", ", " [", "]"));
    }
}
