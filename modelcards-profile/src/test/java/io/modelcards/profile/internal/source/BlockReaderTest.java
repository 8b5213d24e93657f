package io.modelcards.profile.internal.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.luben.zstd.ZstdOutputStream;
import io.modelcards.profile.internal.scan.RowProblems;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlockReaderTest {
    @TempDir
    Path dir;

    record Read(List<Block> blocks, String sha, RowProblems problems, StringBuilder joined) {}

    Read read(Path file, int bufferBytes, int maxRecord) throws Exception {
        DataSource src = Sources.expand(List.of(file)).get(0);
        RowProblems problems = new RowProblems();
        BufferPool pool = new BufferPool(4, bufferBytes);
        List<Block> blocks = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        String sha = new BlockReader(pool, maxRecord, problems).read(src, b -> {
            blocks.add(new Block(b.source(), Arrays.copyOf(b.data(), b.length()), b.length(),
                    b.startOffset(), b.firstLine(), b.header()));
            joined.append(new String(b.data(), 0, b.length(), StandardCharsets.UTF_8));
            pool.give(b.data());
        }, n -> { });
        return new Read(blocks, sha, problems, joined);
    }

    Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    static String sha(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static String jsonl(int rows) {
        StringBuilder s = new StringBuilder();
        Random r = new Random(7);
        for (int i = 0; i < rows; i++) {
            s.append("{\"id\":").append(i).append(",\"t\":\"").append("x".repeat(r.nextInt(40))).append("\"}\n");
        }
        return s.toString();
    }

    @Test
    void blocksEndAtLineEndsAndTogetherAreTheWholeFile() throws Exception {
        String text = jsonl(500);
        Read r = read(write("d.jsonl", text.getBytes(StandardCharsets.UTF_8)), 256, 1 << 20);
        assertThat(r.blocks().size()).isGreaterThan(20);
        assertThat(r.joined().toString()).isEqualTo(text);
        for (Block b : r.blocks()) {
            assertThat(b.data()[b.length() - 1]).isEqualTo((byte) '\n');
            long linesBefore = text.substring(0, (int) b.startOffset()).chars().filter(c -> c == '\n').count();
            assertThat(b.firstLine()).isEqualTo(linesBefore + 1);
        }
    }

    @Test
    void theHashIsTheSha256OfTheBytesOnDisk() throws Exception {
        byte[] bytes = jsonl(300).getBytes(StandardCharsets.UTF_8);
        assertThat(read(write("d.jsonl", bytes), 128, 1 << 20).sha()).isEqualTo(sha(bytes));
    }

    @Test
    void gzipAndZstdFilesGiveTheSameRecordsAndHashTheirCompressedBytes() throws Exception {
        String text = jsonl(400);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(gz)) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream zst = new ByteArrayOutputStream();
        try (OutputStream o = new ZstdOutputStream(zst)) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        }
        // Named without a compression suffix on purpose: compression is known from the bytes.
        Read g = read(write("g.jsonl", gz.toByteArray()), 200, 1 << 20);
        Read z = read(write("z.jsonl.zst", zst.toByteArray()), 200, 1 << 20);
        assertThat(g.joined().toString()).isEqualTo(text);
        assertThat(z.joined().toString()).isEqualTo(text);
        assertThat(g.blocks().get(0).source().compression()).isEqualTo(Compression.GZIP);
        assertThat(z.blocks().get(0).source().compression()).isEqualTo(Compression.ZSTD);
        assertThat(g.sha()).isEqualTo(sha(gz.toByteArray()));
    }

    @Test
    void aCsvQuotedLineBreakIsNeverACut() throws Exception {
        StringBuilder s = new StringBuilder("a,b\n");
        for (int i = 0; i < 200; i++) {
            s.append(i).append(",\"multi\nline \"\"").append(i).append("\"\"\n\"\n");
        }
        Read r = read(write("d.csv", s.toString().getBytes(StandardCharsets.UTF_8)), 64, 1 << 20);
        assertThat(new String(r.blocks().get(0).header(), StandardCharsets.UTF_8)).isEqualTo("a,b");
        for (Block b : r.blocks()) {
            String text = new String(b.data(), 0, b.length(), StandardCharsets.UTF_8);
            assertThat(text).matches("(?s)(\\d+,\"multi\nline \"\"\\d+\"\"\n\"\n)+");
        }
        assertThat(r.joined().toString()).isEqualTo(s.substring(4));
    }

    @Test
    void aLineLongerThanTheLimitIsReportedAndSkipped() throws Exception {
        String text = "{\"a\":1}\n{\"a\":\"" + "y".repeat(5000) + "\"}\n{\"a\":3}\n";
        Read r = read(write("d.jsonl", text.getBytes(StandardCharsets.UTF_8)), 256, 1024);
        assertThat(r.joined().toString()).isEqualTo("{\"a\":1}\n{\"a\":3}\n");
        assertThat(r.problems().toList().get(0).examples())
                .containsExactly(dir.resolve("d.jsonl") + ":2:1: error: line longer than 1024 bytes: skipped [profile/line-too-long]");
        assertThat(r.blocks().get(r.blocks().size() - 1).firstLine()).isEqualTo(3);
    }

    @Test
    void anEmptyFileIsReported() throws Exception {
        Read r = read(write("e.csv", new byte[0]), 256, 1024);
        assertThat(r.blocks()).isEmpty();
        assertThat(r.problems().toList().get(0).examples())
                .containsExactly(dir.resolve("e.csv") + ":1:1: error: the file is empty: it has no rows [profile/empty-file]");
    }

    @Test
    void aLastLineWithoutALineEndIsStillRead() throws Exception {
        Read r = read(write("d.jsonl", "{\"a\":1}\n{\"a\":2}".getBytes(StandardCharsets.UTF_8)), 8, 1024);
        assertThat(r.joined().toString()).isEqualTo("{\"a\":1}\n{\"a\":2}");
    }

    @Test
    void aByteOrderMarkIsDropped() throws Exception {
        byte[] bytes = "\uFEFFa,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
        Read r = read(write("d.csv", bytes), 256, 1024);
        assertThat(new String(r.blocks().get(0).header(), StandardCharsets.UTF_8)).isEqualTo("a,b");
        assertThat(r.blocks().get(0).firstLine()).isEqualTo(2);
    }
}
