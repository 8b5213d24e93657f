package io.modelcards.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Profiles a file several times larger than the heap it is given, in a child JVM: memory must not grow with the data.
 * Every text is distinct, so exact distinct counts and top values must give way to their bounded sketches.
 */
class BoundedMemoryTest {
    static final int HEAP_MB = 64;
    static final long FILE_BYTES = 320L << 20;

    @TempDir
    Path dir;

    @Test
    void aFileFiveTimesTheHeapIsProfiledWithinIt() throws Exception {
        Path data = dir.resolve("big.jsonl");
        long rows = write(data);
        assertThat(Files.size(data)).isGreaterThan(4L * (HEAP_MB << 20));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-Xmx" + HEAP_MB + "m", "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"), MemoryProbe.class.getName(), data.toString()))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).startsWith("rows=" + rows + " columns=4 ");
    }

    /** Writes distinct rows until the file passes {@link #FILE_BYTES}; returns the row count. */
    private static long write(Path file) throws IOException {
        Random r = new Random(5);
        String[] words = {"alpha", "beta", "gamma", "delta", "river", "stone", "cloud", "ember", "quartz", "meadow"};
        long rows = 0;
        long bytes = 0;
        StringBuilder s = new StringBuilder(1024);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (bytes < FILE_BYTES) {
                s.setLength(0);
                s.append("{\"id\": ").append(rows).append(", \"image\": \"img/").append(rows).append(".jpg\", \"text\": \"")
                        .append(rows);
                int n = 20 + r.nextInt(80);
                for (int k = 0; k < n; k++) {
                    s.append(' ').append(words[r.nextInt(words.length)]);
                }
                s.append("\", \"label\": ").append(r.nextInt(5)).append("}\n");
                w.append(s);
                bytes += s.length();
                rows++;
            }
        }
        return rows;
    }
}
