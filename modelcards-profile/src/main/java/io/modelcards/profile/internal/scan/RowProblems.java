package io.modelcards.profile.internal.scan;

import io.modelcards.card.DataProblem;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts bad input per problem code and keeps the first few occurrences of each, by position in the dataset.
 *
 * <p>Workers each keep their own and are merged at the end; "first" means earliest by (file, offset), so the examples
 * are the same whatever the chunking. Not thread-safe.
 */
public final class RowProblems {
    /** Occurrences kept per code. */
    public static final int EXAMPLES = 5;

    private final Map<String, Entry> byCode = new LinkedHashMap<>();

    private static final class Entry {
        final String code;
        boolean error;
        long count;
        final List<Example> first = new ArrayList<>();

        Entry(String code) {
            this.code = code;
        }
    }

    /**
     * One occurrence, placed by file order and byte offset so that "first" is the same whatever the chunking.
     *
     * @param where the diagnostic; its code is filled in from the entry it is added to
     */
    public record Example(int fileIndex, long offset, Diagnostic where) {}

    /** Records one occurrence at the given place. */
    public void report(String code, boolean error, int fileIndex, String path, long line, long col, long offset,
                       String message) {
        Entry e = byCode.computeIfAbsent(code, Entry::new);
        e.error |= error;
        e.count++;
        if (e.first.size() < EXAMPLES || before(fileIndex, offset, e.first.get(e.first.size() - 1))) {
            Diagnostic d = new Diagnostic(error ? Severity.ERROR : Severity.WARNING, path, clamp(line), clamp(col), code,
                    message);
            e.first.add(new Example(fileIndex, offset, d));
            trim(e);
        }
    }

    /** A position as a Diagnostic int; a line past 2^31 is shown as the largest int rather than wrapping. */
    public static int clamp(long v) {
        return (int) Math.min(Integer.MAX_VALUE, v);
    }

    private static boolean before(int fileIndex, long offset, Example last) {
        return fileIndex < last.fileIndex() || fileIndex == last.fileIndex() && offset < last.offset();
    }

    private static void trim(Entry e) {
        e.first.sort(Comparator.comparingInt(Example::fileIndex).thenComparingLong(Example::offset));
        while (e.first.size() > EXAMPLES) {
            e.first.remove(e.first.size() - 1);
        }
    }

    /** Records {@code count} occurrences of which {@code first} are examples (any number; the earliest are kept). */
    public void add(String code, boolean error, long count, List<Example> first) {
        Entry e = byCode.computeIfAbsent(code, Entry::new);
        e.error |= error;
        e.count += count;
        for (Example x : first) {
            Diagnostic d = x.where();
            e.first.add(new Example(x.fileIndex(), x.offset(),
                    new Diagnostic(d.severity(), d.file(), d.line(), d.column(), code, d.message())));
        }
        trim(e);
    }

    /** Adds another worker's problems to these. */
    public void merge(RowProblems other) {
        for (Entry o : other.byCode.values()) {
            Entry e = byCode.computeIfAbsent(o.code, Entry::new);
            e.error |= o.error;
            e.count += o.count;
            e.first.addAll(o.first);
            trim(e);
        }
    }

    /** Total occurrences of errors (not warnings). */
    public long errors() {
        return byCode.values().stream().filter(e -> e.error).mapToLong(e -> e.count).sum();
    }

    /** Whether nothing was reported. */
    public boolean isEmpty() {
        return byCode.isEmpty();
    }

    /** The problems as card values, sorted by code. */
    public List<DataProblem> toList() {
        return byCode.values().stream().sorted(Comparator.comparing(e -> e.code))
                .map(e -> new DataProblem(e.code, e.error ? "error" : "warning", e.count,
                        e.first.stream().map(x -> x.where().format()).toList()))
                .toList();
    }

    /** The earliest error of all, for strict mode; null when there is none. */
    public Diagnostic firstError() {
        return byCode.values().stream().filter(e -> e.error).flatMap(e -> e.first.stream())
                .filter(x -> x.where().severity() == Severity.ERROR)
                .min(Comparator.comparingInt(Example::fileIndex).thenComparingLong(Example::offset))
                .map(Example::where).orElse(null);
    }
}
