package io.modelcards.profile.internal.source;

import io.modelcards.profile.internal.scan.RowProblems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.LongConsumer;

/**
 * Reads one text file start to end, once: hashes its bytes on disk, decompresses them, and cuts the stream into
 * {@link Block}s of whole records for the workers.
 *
 * <p>Reading is sequential because hashing and decompression are; the workers parse in parallel behind it. Records
 * longer than the limit are reported and skipped without being held, so memory stays at a few blocks whatever the
 * file.
 */
public final class BlockReader {
    /** Receives each block; may block, which is how the reader is held back when workers fall behind. */
    @FunctionalInterface
    public interface Sink {
        void accept(Block block) throws InterruptedException;
    }

    private final BufferPool pool;
    private final int maxRecordBytes;
    private final RowProblems problems;

    /**
     * @param pool           where block buffers come from and go back to
     * @param maxRecordBytes longest record read; longer ones are reported as {@code profile/line-too-long}
     * @param problems       where the reader reports empty files and over-long records
     */
    public BlockReader(BufferPool pool, int maxRecordBytes, RowProblems problems) {
        this.pool = pool;
        this.maxRecordBytes = maxRecordBytes;
        this.problems = problems;
    }

    /**
     * Reads the file, passing blocks to {@code sink} and bytes read from disk to {@code progress}.
     *
     * @return the SHA-256 of the file's bytes on disk, as lower-case hex
     */
    public String read(DataSource src, Sink sink, LongConsumer progress) throws IOException, InterruptedException {
        MessageDigest sha = sha256();
        try (FileChannel ch = FileChannel.open(src.path(), StandardOpenOption.READ);
             InputStream in = src.compression().open(new HashingStream(ch, sha, progress))) {
            new Cutter(src, in, sink).run();
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** A new SHA-256 digest. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** The cutting state of one file: the current buffer holds unread records in {@code [start, n)}. */
    private final class Cutter {
        private final DataSource src;
        private final InputStream in;
        private final Sink sink;
        private final boolean quoted;
        private final byte delimiter;
        private byte[] buf;
        private int start;
        private int n;
        private byte[] header;
        private long offset;
        private long line = 1;
        private boolean eof;

        Cutter(DataSource src, InputStream in, Sink sink) {
            this.src = src;
            this.in = in;
            this.sink = sink;
            this.quoted = src.format() == DataFormat.CSV || src.format() == DataFormat.TSV;
            this.delimiter = quoted ? (byte) src.format().delimiter() : 0;
        }

        void run() throws IOException, InterruptedException {
            buf = pool.take();
            fill();
            start = skipBom(buf, n);
            offset = start;
            if (n - start == 0) {
                problems.report("profile/empty-file", true, src.index(), src.shown(), 1, 1, 0,
                        "the file is empty: it has no rows");
                pool.give(buf);
                return;
            }
            if (quoted && !takeHeader()) {
                pool.give(buf);
                return;
            }
            while (true) {
                int cut = eof ? n : RecordEnds.lastEnd(buf, start, n, delimiter);
                if (cut < 0) {
                    makeRoom();
                    continue;
                }
                if (eof) {
                    send(cut);
                    return;
                }
                byte[] next = pool.take();
                int carry = n - cut;
                if (next.length < carry) {
                    next = new byte[carry + pool.size()];
                }
                System.arraycopy(buf, cut, next, 0, carry);
                send(cut);
                buf = next;
                start = 0;
                n = carry;
                fill();
            }
        }

        /** No record ends in the buffer: compact it, grow it, or skip a record that is too long. */
        private void makeRoom() throws IOException {
            if (start > 0) {
                System.arraycopy(buf, start, buf, 0, n - start);
                n -= start;
                start = 0;
            } else if (n < maxRecordBytes) {
                byte[] bigger = new byte[(int) Math.min((long) buf.length * 2, (long) maxRecordBytes + 1)];
                System.arraycopy(buf, 0, bigger, 0, n);
                buf = bigger;
            } else {
                skipLongRecord();
                return;
            }
            fill();
        }

        /** Hands {@code [start, end)} to a worker as a block, or gives the buffer back if it is empty. */
        private void send(int end) throws InterruptedException {
            int len = end - start;
            if (len == 0) {
                pool.give(buf);
                return;
            }
            if (start != 0) {
                System.arraycopy(buf, start, buf, 0, len);
            }
            long lines = RecordEnds.lineFeeds(buf, 0, len);
            sink.accept(new Block(src, buf, len, offset, line, header));
            offset += len;
            line += lines;
        }

        /** Takes the CSV header record off the front; false if the file has nothing after all. */
        private boolean takeHeader() throws IOException {
            int end = RecordEnds.firstEnd(buf, start, n, delimiter);
            while (end < 0 && !eof) {
                makeRoom();
                if (buf.length > maxRecordBytes) {
                    problems.report("profile/line-too-long", true, src.index(), src.shown(), 1, 1, 0,
                            "the header line is longer than " + maxRecordBytes + " bytes");
                    return false;
                }
                end = RecordEnds.firstEnd(buf, start, n, delimiter);
            }
            int stop = end < 0 ? n : end;
            int h = stop;
            while (h > start && (buf[h - 1] == '\n' || buf[h - 1] == '\r')) {
                h--;
            }
            header = Arrays.copyOfRange(buf, start, h);
            offset += stop - start;
            line += RecordEnds.lineFeeds(buf, start, stop);
            start = stop;
            return true;
        }

        private void fill() throws IOException {
            while (n < buf.length && !eof) {
                int r = in.read(buf, n, buf.length - n);
                if (r < 0) {
                    eof = true;
                } else {
                    n += r;
                }
            }
        }

        /** Reports the record at {@code start} as too long and drops it through its end, without holding it. */
        private void skipLongRecord() throws IOException {
            problems.report("profile/line-too-long", true, src.index(), src.shown(), line, 1, offset,
                    "line longer than " + maxRecordBytes + " bytes: skipped");
            boolean inQuotes = false;
            while (true) {
                for (int i = start; i < n; i++) {
                    byte c = buf[i];
                    if (c == '"' && quoted) {
                        inQuotes = !inQuotes;
                    } else if (c == '\n') {
                        line++;
                        if (!inQuotes) {
                            offset += i + 1 - start;
                            start = i + 1;
                            fill();
                            return;
                        }
                    }
                }
                offset += n - start;
                start = 0;
                n = 0;
                if (eof) {
                    return;
                }
                fill();
            }
        }
    }

    private static int skipBom(byte[] b, int n) {
        return n >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf ? 3 : 0;
    }

    /**
     * Reads the file through one small direct buffer, hashing every byte and reporting how many were read. A channel
     * read rather than a memory mapping: mapped pages count in the process's resident memory for as long as the
     * mapping lives (a whole file's worth on a large file), where read pages stay in the page cache only.
     */
    private static final class HashingStream extends InputStream {
        private static final int CHUNK = 1 << 20;
        private final FileChannel ch;
        private final MessageDigest sha;
        private final LongConsumer progress;
        private final ByteBuffer direct = ByteBuffer.allocateDirect(CHUNK);

        HashingStream(FileChannel ch, MessageDigest sha, LongConsumer progress) {
            this.ch = ch;
            this.sha = sha;
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            direct.clear().limit(Math.min(len, CHUNK));
            int n = ch.read(direct);
            if (n <= 0) {
                return n < 0 ? -1 : 0;
            }
            direct.flip().get(b, off, n);
            sha.update(b, off, n);
            progress.accept(n);
            return n;
        }
    }
}
