package io.modelcards.profile.internal.run;

import io.modelcards.card.DataFile;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.profile.internal.column.ColumnSettings;
import io.modelcards.profile.internal.parquet.ParquetReader;
import io.modelcards.profile.internal.scan.RowProblems;
import io.modelcards.profile.internal.source.Block;
import io.modelcards.profile.internal.source.BlockReader;
import io.modelcards.profile.internal.source.BufferPool;
import io.modelcards.profile.internal.source.DataFormat;
import io.modelcards.profile.internal.source.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one scan: this thread reads (hashing, decompressing and cutting files into blocks) while the workers parse
 * blocks and Parquet files in parallel. The queue between them is bounded, which bounds memory.
 */
final class ProfileRun {
    /** Block size: large enough to amortise hand-offs, small enough that a few in flight stay far under any heap. */
    static final int BLOCK_BYTES = 2 << 20;
    private static final Object END = new Object();

    /** Rows [fromRow, toRow) of a Parquet file; a file is split so that every worker reads a part of it. */
    private record ParquetTask(DataSource source, long fromRow, long toRow) {}

    private final ScanOptions options;
    private final List<Worker> workers = new ArrayList<>();
    private final RowProblems readerProblems = new RowProblems();
    private final AtomicLong rowsDone = new AtomicLong();
    private final AtomicLong bytesDone = new AtomicLong();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private long lastReport;
    /** The one DuckDB of this scan, opened at the first Parquet file; each Parquet task takes a connection to it. */
    private volatile Connection duck;

    ProfileRun(ScanOptions options, ColumnSettings settings) {
        this.options = options;
        for (int i = 0; i < options.threads(); i++) {
            workers.add(new Worker(settings, options.sample(), options.seed(), options.maxRecordBytes()));
        }
    }

    /** Scans every source; returns the files as read, with their hashes. */
    List<DataFile> scan(List<DataSource> sources) throws IOException, InvalidInputException, InterruptedException {
        long total = sources.stream().mapToLong(DataSource::bytes).sum();
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(options.threads() * 2);
        BufferPool pool = new BufferPool(options.threads() * 2 + 2, BLOCK_BYTES);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < workers.size(); i++) {
            Worker w = workers.get(i);
            Thread t = new Thread(() -> work(w, queue, pool), "modelcards-profile-" + i);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        List<DataFile> files = new ArrayList<>();
        BlockReader reader = new BlockReader(pool, options.maxRecordBytes(), readerProblems);
        try {
            for (DataSource src : sources) {
                if (stop.get()) {
                    break;
                }
                String sha;
                if (src.format() == DataFormat.PARQUET) {
                    if (duck == null) {
                        duck = openDuck(src);
                    }
                    long rows = ParquetReader.rowCount(duck, src.path(), src.shown());
                    // One part per worker: each part plans its own query, which costs more than the uneven finish of
                    // equal row ranges.
                    int parts = (int) Math.max(1, Math.min(options.threads(), rows / 50_000));
                    for (int k = 0; k < parts; k++) {
                        queue.put(new ParquetTask(src, rows * k / parts, rows * (k + 1) / parts));
                    }
                    // Hashed while the workers read it: the digest is this thread's work, as for text files.
                    sha = hash(src, total);
                } else {
                    sha = reader.read(src, block -> {
                        if (options.strict() && readerProblems.errors() > 0) {
                            stop.set(true);
                        }
                        if (!stop.get()) {
                            queue.put(block);
                        } else {
                            pool.give(block.data());
                        }
                    }, n -> progress(n, total));
                }
                if (options.strict() && readerProblems.errors() > 0) {
                    stop.set(true);
                }
                files.add(new DataFile(src.shown(), src.format().label(), src.compression().label(), src.bytes(), sha));
            }
        } finally {
            for (int i = 0; i < threads.size(); i++) {
                queue.put(END);
            }
            for (Thread t : threads) {
                t.join();
            }
            closeDuck();
        }
        Throwable t = failure.get();
        if (t instanceof InvalidInputException e) {
            throw e;
        }
        if (t instanceof IOException e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException("a profile worker failed: " + t, t);
        }
        options.progress().done(total, rowsDone.get());
        return files;
    }

    private void work(Worker w, BlockingQueue<Object> queue, BufferPool pool) {
        try {
            while (true) {
                Object task = queue.take();
                if (task == END) {
                    return;
                }
                if (stop.get()) {
                    if (task instanceof Block b) {
                        pool.give(b.data());
                    }
                    continue;
                }
                long before = w.rows;
                if (task instanceof Block b) {
                    if (b.source().format() == DataFormat.JSONL) {
                        w.json.parse(b);
                    } else {
                        w.csv.parse(b);
                    }
                    pool.give(b.data());
                } else if (task instanceof ParquetTask p) {
                    DataSource src = p.source();
                    w.ctx.file(src.index(), src.shown());
                    try (Connection c = ParquetReader.connect(duck)) {
                        ParquetReader.read(c, src.path(), src.index(), src.shown(), p.fromRow(), p.toRow(), w, n -> { });
                    }
                }
                rowsDone.addAndGet(w.rows - before);
                if (options.strict() && w.problems.errors() > 0) {
                    stop.set(true);
                }
            }
        } catch (Throwable t) {
            failure.compareAndSet(null, t);
            stop.set(true);
        }
    }

    private static Connection openDuck(DataSource src) throws InvalidInputException {
        try {
            return ParquetReader.open();
        } catch (SQLException e) {
            throw new InvalidInputException(Diagnostic.error(src.shown(), 1, 1, "parquet/unreadable",
                    "DuckDB, which reads Parquet files, cannot start here (" + e.getMessage() + ")"));
        }
    }

    private void closeDuck() {
        if (duck != null) {
            try {
                duck.close();
            } catch (SQLException e) {
                // An in-memory database: nothing is lost if closing it fails, and the scan's outcome stands.
            }
        }
    }

    private void progress(long n, long total) {
        long done = bytesDone.addAndGet(n);
        long now = System.nanoTime();
        if (now - lastReport > 100_000_000L) {
            lastReport = now;
            options.progress().progress(done, total, rowsDone.get());
        }
    }

    private String hash(DataSource src, long total) throws IOException {
        MessageDigest sha = BlockReader.sha256();
        byte[] buf = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(src.path())) {
            for (int r; (r = in.read(buf)) > 0; ) {
                sha.update(buf, 0, r);
                progress(r, total);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Every worker's state, after {@link #scan}. */
    List<Worker> workers() {
        return workers;
    }

    /** Problems the reader met (empty files, over-long lines). */
    RowProblems readerProblems() {
        return readerProblems;
    }
}
