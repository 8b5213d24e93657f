package io.modelcards.bench;

import io.modelcards.card.DatasetStatistics;
import io.modelcards.profile.internal.column.ColumnAccumulator;
import io.modelcards.profile.internal.column.ColumnSettings;
import io.modelcards.profile.internal.scan.RowProblems;
import io.modelcards.profile.internal.scan.ScanContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmark of the per-column statistics engine (issue 4): one worker's accumulators fed 1 M generated rows, from
 * a fresh accumulator to the finished card columns, so the exact phase, the switch to sketches and the final
 * summaries are all inside the measured time. Scores are ns per value ({@code text}, {@code label}, {@code real},
 * {@code category}) or per row of all four ({@code row}).
 *
 * <p>Rows: a text of about 350 bytes (random words, nearly all distinct), an int label 0..9, a Gaussian float and a
 * category of 20 values. Texts are consecutive windows of one 16 MB arena of random words (read in order, as from a
 * parser's buffer), so they are distinct without holding 350 MB. The privacy scan is on (the scanner's own cost is
 * measured with it), no tokenizer. {@code textBytesOnly} is the control: the cost of merely reading each text's bytes
 * once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class ColumnBenchmark {
    static final int ROWS = 1_000_000;
    private static final String[] WORDS = words();

    private byte[] arena;
    private int[] textOff;
    private int[] textLen;
    private long[] labels;
    private double[] reals;
    private byte[][] categories;
    private int[] category;

    private static String[] words() {
        SplittableRandom r = new SplittableRandom(1);
        String[] words = new String[5000];
        for (int i = 0; i < words.length; i++) {
            StringBuilder sb = new StringBuilder();
            int len = 2 + r.nextInt(9);
            for (int j = 0; j < len; j++) {
                sb.append((char) ('a' + r.nextInt(26)));
            }
            words[i] = sb.toString();
        }
        return words;
    }

    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(42);
        StringBuilder sb = new StringBuilder(16 << 20);
        while (sb.length() < (16 << 20) - 1000) {
            sb.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
        }
        arena = sb.toString().getBytes(StandardCharsets.US_ASCII);
        textOff = new int[ROWS];
        textLen = new int[ROWS];
        labels = new long[ROWS];
        reals = new double[ROWS];
        category = new int[ROWS];
        categories = new byte[20][];
        for (int i = 0; i < 20; i++) {
            categories[i] = ("category-" + i).getBytes(StandardCharsets.US_ASCII);
        }
        int next = 0;
        for (int i = 0; i < ROWS; i++) {
            // consecutive windows, as a parser streams through its buffer; wrapping at a random word start keeps
            // the texts distinct across passes over the arena
            int len = 300 + r.nextInt(101);
            if (next + len + 20 >= arena.length) {
                next = r.nextInt(1000);
            }
            while (arena[next] != ' ') {
                next++;
            }
            textOff[i] = next + 1;
            textLen[i] = len;
            next += len;
            labels[i] = r.nextInt(10);
            reals[i] = 50 + 10 * r.nextGaussian();
            category[i] = r.nextInt(20);
        }
    }

    private static ColumnAccumulator column(String name, ScanContext ctx) {
        return new ColumnAccumulator(name, ColumnSettings.defaults(), ctx);
    }

    private static List<DatasetStatistics.Column> finish(ColumnAccumulator c) {
        return c.toColumns(ROWS, new RowProblems());
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public List<DatasetStatistics.Column> text() {
        ScanContext ctx = new ScanContext(new RowProblems());
        ColumnAccumulator c = column("text", ctx);
        for (int i = 0; i < ROWS; i++) {
            ctx.row(i + 1, 450L * i);
            c.textValue(arena, textOff[i], textLen[i]);
        }
        return finish(c);
    }

    /** Control: only reads every byte of every text once, the floor any text statistic pays on this machine. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public long textBytesOnly() {
        long sum = 0;
        for (int i = 0; i < ROWS; i++) {
            for (int j = textOff[i], end = j + textLen[i]; j < end; j++) {
                sum += arena[j];
            }
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public List<DatasetStatistics.Column> label() {
        ScanContext ctx = new ScanContext(new RowProblems());
        ColumnAccumulator c = column("label", ctx);
        for (int i = 0; i < ROWS; i++) {
            ctx.row(i + 1, 450L * i);
            c.intValue(labels[i]);
        }
        return finish(c);
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public List<DatasetStatistics.Column> real() {
        ScanContext ctx = new ScanContext(new RowProblems());
        ColumnAccumulator c = column("real", ctx);
        for (int i = 0; i < ROWS; i++) {
            ctx.row(i + 1, 450L * i);
            c.floatValue(reals[i]);
        }
        return finish(c);
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public List<DatasetStatistics.Column> category() {
        ScanContext ctx = new ScanContext(new RowProblems());
        ColumnAccumulator c = column("category", ctx);
        for (int i = 0; i < ROWS; i++) {
            ctx.row(i + 1, 450L * i);
            byte[] b = categories[category[i]];
            c.textValue(b, 0, b.length);
        }
        return finish(c);
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public int row() {
        ScanContext ctx = new ScanContext(new RowProblems());
        ColumnAccumulator text = column("text", ctx);
        ColumnAccumulator label = column("label", ctx);
        ColumnAccumulator real = column("real", ctx);
        ColumnAccumulator cat = column("category", ctx);
        for (int i = 0; i < ROWS; i++) {
            ctx.row(i + 1, 450L * i);
            text.textValue(arena, textOff[i], textLen[i]);
            label.intValue(labels[i]);
            real.floatValue(reals[i]);
            byte[] b = categories[category[i]];
            cat.textValue(b, 0, b.length);
        }
        return finish(text).size() + finish(label).size() + finish(real).size() + finish(cat).size();
    }
}
