package io.modelcards.profile.internal.parquet;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.profile.internal.scan.RowTarget;
import io.modelcards.profile.internal.scan.ScanContext;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.LongConsumer;
import org.duckdb.DuckDBConnection;

/**
 * Feeds every row of a Parquet file to a {@link RowTarget}, reading it with an in-memory DuckDB on every core.
 *
 * <p>Rows are numbered from 1 in file order: the {@link ScanContext} gets line = row number and offset = row index.
 * Binary values are delivered as their length only (DuckDB computes it; the bytes never reach the JVM), dates and
 * times as ISO 8601 text, decimals as doubles and maps as lists of key/value structs. The result is streamed, so
 * memory stays bounded whatever the file's size.
 */
public final class ParquetReader {
    /** How often, in rows, progress is reported. */
    static final int PROGRESS_EVERY = 1 << 16;

    /**
     * System property: {@code true} makes lists of texts travel as JDBC arrays, the reference path that the packed
     * form ({@link ColumnType.TextList}) is tested against; unset, they travel packed, one value per list.
     */
    public static final String REFERENCE_LISTS = "io.modelcards.profile.parquet.referenceLists";

    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

    private ParquetReader() {}

    /**
     * Reads {@code file} and feeds its rows to {@code target}; returns how many rows were read.
     *
     * @param fileIndex the file's place in the dataset's file order
     * @param shownPath the path as the user named it, for the scan context and diagnostics
     * @param rowsRead  hears the rows read so far, every {@value #PROGRESS_EVERY} rows and once at the end
     * @throws InvalidInputException when the file is not Parquet, or DuckDB cannot read it
     * @throws IOException           when the file cannot be opened
     */
    public static long read(Path file, int fileIndex, String shownPath, RowTarget target, LongConsumer rowsRead)
            throws IOException, InvalidInputException {
        return read(file, fileIndex, shownPath, 0, Long.MAX_VALUE, target, rowsRead);
    }

    /**
     * Reads rows {@code fromRow} (0-based, inclusive) to {@code toRow} (exclusive) of {@code file}, as
     * {@link #read(Path, int, String, RowTarget, LongConsumer)} reads all of them; returns how many were read.
     * DuckDB skips the row groups outside the range, so workers that each take a range of one file share its work.
     * Row numbers stay those of the whole file.
     */
    public static long read(Path file, int fileIndex, String shownPath, long fromRow, long toRow, RowTarget target,
                            LongConsumer rowsRead) throws IOException, InvalidInputException {
        checkMagic(file, shownPath);
        try (Connection db = open()) {
            return read(db, file, fileIndex, shownPath, fromRow, toRow, target, rowsRead);
        } catch (SQLException e) {
            throw unreadable(shownPath, Math.max(0, fromRow) + 1, e);
        }
    }

    /**
     * As {@link #read(Path, int, String, long, long, RowTarget, LongConsumer)}, on a connection of a database that
     * the caller opened with {@link #open()} and shares between readers: one DuckDB per process instead of one per
     * reader. The caller has checked that the file is Parquet ({@link #rowCount(Connection, Path, String)} does).
     */
    public static long read(Connection db, Path file, int fileIndex, String shownPath, long fromRow, long toRow,
                            RowTarget target, LongConsumer rowsRead) throws InvalidInputException {
        ScanContext context = target.context();
        context.file(fileIndex, shownPath);
        long rows = 0;
        try {
            List<String> names = new ArrayList<>();
            List<String> duckTypes = new ArrayList<>();
            describe(db, file, names, duckTypes);
            List<ColumnType> types = new ArrayList<>();
            ValueFeeder[] feeders = new ValueFeeder[names.size()];
            StringBuilder select = new StringBuilder("SELECT ");
            Utf8Buffer text = new Utf8Buffer();
            boolean pack = !Boolean.getBoolean(REFERENCE_LISTS);
            for (int i = 0; i < names.size(); i++) {
                DuckTypes.Selected s = DuckTypes.select(names.get(i), duckTypes.get(i), pack);
                types.add(s.type());
                feeders[i] = new ValueFeeder(s.type(), target.column(names.get(i)), text);
                select.append(i == 0 ? "" : ", ").append(s.sql()).append(" AS ").append(DuckTypes.identifier(names.get(i)));
            }
            if (names.isEmpty()) {
                select.append("1");
            }
            RowJson json = new RowJson(names, types);
            boolean whole = fromRow <= 0 && toRow == Long.MAX_VALUE;
            String from = whole ? " FROM read_parquet(?)"
                    : " FROM read_parquet(?, file_row_number = true) WHERE file_row_number >= ? AND file_row_number < ?";
            try (PreparedStatement ps = db.prepareStatement(select + from)) {
                ps.setString(1, file.toString());
                if (!whole) {
                    ps.setLong(2, fromRow);
                    ps.setLong(3, toRow);
                }
                long first = Math.max(0, fromRow);
                try (ResultSet rs = ps.executeQuery()) {
                    // Rows arrive in file order (DuckDB preserves insertion order), so the k-th is row first + k.
                    while (rs.next()) {
                        context.row(first + rows + 1, first + rows);
                        for (int i = 0; i < feeders.length; i++) {
                            feeders[i].feed(rs, i + 1);
                        }
                        if (target.sampleWanted()) {
                            Utf8Buffer raw = json.build(rs);
                            target.endRow(raw.bytes, 0, raw.length);
                        } else {
                            target.endRow(null, 0, 0);
                        }
                        if (++rows % PROGRESS_EVERY == 0) {
                            rowsRead.accept(rows);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw unreadable(shownPath, Math.max(0, fromRow) + rows + 1, e);
        }
        rowsRead.accept(rows);
        return rows;
    }

    /** The number of rows in {@code file}, from its footer (no data is read). */
    public static long rowCount(Path file, String shownPath) throws IOException, InvalidInputException {
        try (Connection db = open()) {
            return rowCount(db, file, shownPath);
        } catch (SQLException e) {
            throw unreadable(shownPath, 1, e);
        }
    }

    /** As {@link #rowCount(Path, String)}, on a database opened with {@link #open()}. */
    public static long rowCount(Connection db, Path file, String shownPath) throws IOException, InvalidInputException {
        checkMagic(file, shownPath);
        try (PreparedStatement ps = db.prepareStatement("SELECT count(*) FROM read_parquet(?)")) {
            ps.setString(1, file.toString());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw unreadable(shownPath, 1, e);
        }
    }

    /**
     * A new in-memory DuckDB for reading Parquet files, with one DuckDB thread: each reader's query runs on the
     * reader's own thread (the profiler already runs one reader per core, each on its own range). Readers that run
     * at once each take their own connection to it ({@code DuckDBConnection.duplicate()}).
     */
    public static Connection open() throws SQLException {
        Properties p = new Properties();
        p.setProperty("threads", "1");
        // Stream the result chunk by chunk instead of materialising it: memory stays bounded on any file size.
        p.setProperty("jdbc_stream_results", "true");
        return DriverManager.getConnection("jdbc:duckdb:", p);
    }

    /** A new connection to {@code db} (opened with {@link #open()}), for one reader at a time. */
    public static Connection connect(Connection db) throws SQLException {
        return db.unwrap(DuckDBConnection.class).duplicate();
    }

    private static InvalidInputException unreadable(String shownPath, long line, SQLException e) {
        return new InvalidInputException(Diagnostic.error(shownPath, (int) Math.min(line, Integer.MAX_VALUE), 1,
                "parquet/unreadable", "DuckDB cannot read this Parquet file (" + firstLine(e.getMessage())
                        + "); check that the file is complete and not encrypted"));
    }

    private static void describe(Connection db, Path file, List<String> names, List<String> types) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("DESCRIBE SELECT * FROM read_parquet(?)")) {
            ps.setString(1, file.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString("column_name"));
                    types.add(rs.getString("column_type"));
                }
            }
        }
    }

    /** Parquet files start and end with {@code PAR1}; checking first gives a plain message for the common mistake. */
    private static void checkMagic(Path file, String shownPath) throws IOException, InvalidInputException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            ByteBuffer head = ByteBuffer.allocate(4);
            ByteBuffer tail = ByteBuffer.allocate(4);
            boolean ok = size >= 12 && ch.read(head, 0) == 4 && ch.read(tail, size - 4) == 4
                    && head.flip().equals(ByteBuffer.wrap(MAGIC)) && tail.flip().equals(ByteBuffer.wrap(MAGIC));
            if (!ok) {
                throw new InvalidInputException(Diagnostic.error(shownPath, 1, 1, "parquet/not-parquet",
                        "this is not a Parquet file (it does not start and end with PAR1); give CSV, TSV and JSONL"
                                + " files an extension that says their format"));
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
