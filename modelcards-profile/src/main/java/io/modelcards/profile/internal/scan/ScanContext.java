package io.modelcards.profile.internal.scan;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.Severity;

/**
 * Where a worker is in its input: the file, line and byte offset of the row being parsed.
 *
 * <p>Parsers update it as they go; sinks read it to locate problems (a mixed type, a finding) without the parser
 * passing positions through every call. One per worker thread.
 */
public final class ScanContext {
    private final RowProblems problems;
    private String path = "";
    private int fileIndex;
    private long line;
    private long rowOffset;

    public ScanContext(RowProblems problems) {
        this.problems = problems;
    }

    /** Moves to a file: {@code index} is its place in the dataset's file order. */
    public void file(int index, String path) {
        this.fileIndex = index;
        this.path = path;
    }

    /** Moves to the row starting at {@code offset} (in the decompressed stream) on 1-based {@code line}. */
    public void row(long line, long offset) {
        this.line = line;
        this.rowOffset = offset;
    }

    public String path() {
        return path;
    }

    public int fileIndex() {
        return fileIndex;
    }

    public long line() {
        return line;
    }

    public long rowOffset() {
        return rowOffset;
    }

    public RowProblems problems() {
        return problems;
    }

    /** An example of a problem at the current row, column 1, for {@link RowProblems#add}. */
    public RowProblems.Example example(boolean error, String message) {
        return new RowProblems.Example(fileIndex, rowOffset, new Diagnostic(
                error ? Severity.ERROR : Severity.WARNING,
                path, RowProblems.clamp(line), 1, null, message));
    }

    /** Reports a problem at the current row, column 1. */
    public void report(String code, boolean error, String message) {
        report(code, error, 1, message);
    }

    /** Reports a problem at the current row and the given 1-based column. */
    public void report(String code, boolean error, long col, String message) {
        problems.report(code, error, fileIndex, path, line, col, rowOffset, message);
    }
}
