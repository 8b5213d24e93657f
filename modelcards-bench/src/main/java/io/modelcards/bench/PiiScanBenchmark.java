package io.modelcards.bench;

import io.modelcards.profile.internal.privacy.PiiScanner;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmark of {@link PiiScanner#scan} on clean English-like text: 4096 seeded values of 350 bytes each (words,
 * capitals, punctuation and the odd year or count, as in a text column), scanned one value per call as the profiler
 * does. One operation scans all of them: MB/s = {@link #BYTES} / time per operation. {@code countSpaces} is a
 * one-compare-per-byte loop over the same values, for scale.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PiiScanBenchmark {
    static final int VALUES = 4096;
    static final int LENGTH = 350;
    /** Bytes scanned per operation. */
    public static final long BYTES = (long) VALUES * LENGTH;

    private static final String[] WORDS = ("the of and to in is was for that with on as by at from it an be this are "
            + "which or have not had were but their has been its more also one all new can may would other after first "
            + "when two there into who year years time people than most some these such state during city university "
            + "only over between where about under team world season series used before made three while school film "
            + "later well second known game album both work through early government each many part company public "
            + "north south music river national being several became number since against model data training dataset "
            + "language text token sentence label score results evaluation performance").split(" ");

    private byte[] text;

    @Setup
    public void setup() {
        Random random = new Random(20261123L);
        text = new byte[(int) BYTES];
        for (int v = 0; v < VALUES; v++) {
            byte[] value = englishLike(random).getBytes(StandardCharsets.UTF_8);
            System.arraycopy(value, 0, text, v * LENGTH, LENGTH);
        }
        if (scan() != 0) {
            throw new IllegalStateException("the benchmark text must be clean, so that it measures the common case");
        }
    }

    /** At least LENGTH bytes of sentences: capitalised first word, commas, a number now and then, a full stop. */
    public static String englishLike(Random random) {
        StringBuilder s = new StringBuilder();
        while (s.length() < LENGTH) {
            int words = 6 + random.nextInt(14);
            for (int w = 0; w < words; w++) {
                String word = random.nextInt(40) == 0 ? String.valueOf(1900 + random.nextInt(125))
                        : random.nextInt(60) == 0 ? String.valueOf(random.nextInt(1000))
                        : WORDS[random.nextInt(WORDS.length)];
                if (w == 0) {
                    word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                }
                s.append(word).append(w == words - 1 ? ". " : random.nextInt(10) == 0 ? ", " : " ");
            }
        }
        return s.substring(0, LENGTH);
    }

    @Benchmark
    public int scan() {
        int kinds = 0;
        for (int off = 0; off < text.length; off += LENGTH) {
            kinds |= PiiScanner.scan(text, off, LENGTH);
        }
        return kinds;
    }

    @Benchmark
    public int countSpaces() {
        int spaces = 0;
        for (byte b : text) {
            if (b == ' ') {
                spaces++;
            }
        }
        return spaces;
    }
}
