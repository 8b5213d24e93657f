package io.modelcards.profile.internal.column;

import io.modelcards.card.DatasetStatistics;
import io.modelcards.card.LabelDistribution;
import io.modelcards.card.PrivacyFinding;
import io.modelcards.profile.internal.privacy.PiiScanner;
import io.modelcards.profile.internal.scan.RowProblems;
import io.modelcards.profile.internal.scan.ScanContext;
import io.modelcards.profile.internal.scan.ValueSink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Accumulates one column's statistics on one worker; merged across workers at the end.
 *
 * <p><b>Threads and merging.</b> One accumulator per column per worker thread; {@link #merge} adds another worker's
 * accumulator of the same column, and its children by name. Every figure is independent of how rows were split among
 * workers, except sketch figures beyond the exact bounds (within {@link ColumnAccuracy}'s error) and the last bits of
 * float means and deviations (floating-point rounding).
 *
 * <p><b>Kinds and type.</b> Values are null, bool, int, float, string, binary, list or struct. {@code count} is the
 * number of non-null values and {@code nulls = rows − count}, so absent keys count as nulls. The type is the kind of
 * the non-null values; ints mixed with floats give "float"; a string column whose strings are at least 90% media
 * paths ({@link MediaPaths}) is "media"; with several kinds the largest wins, {@code kinds} lists every kind's count,
 * and each minority kind (not an int/float mix) is reported as a {@code profile/mixed-types} warning with its count and
 * its first places by (file, offset) ({@link KindCounts}).
 *
 * <p><b>Distinct.</b> Values are identified by a 64-bit hash ({@link ValueHash}, {@link TextScan}): int 1 and float
 * 1.0 are one value, as are -0.0 and 0.0, and all NaNs. Exact up to {@code distinctExactUpTo}, then HLL
 * ({@link DistinctCounter}). Lists, structs and binary values are not counted.
 *
 * <p><b>Numbers</b> (ints, floats, bools as 0/1): min, max, mean and sample standard deviation ({@link NumericStats});
 * quantiles p1 … p99 (smallest value whose cumulative count reaches q·n) and a histogram, exact while the column has at
 * most {@code topExactUpTo} distinct numbers, then from KLL ({@link Spread}). The histogram has one bar per integer
 * (edges v ± 0.5) for int and bool columns whose range spans fewer than {@code histogramBins} integers, else
 * {@code histogramBins} equal-width bins from min to max. min, max and mean are null for non-numeric columns.
 *
 * <p><b>Strings</b>: lengths in characters (code points) and words (runs of non-whitespace; whitespace is ASCII
 * whitespace, U+00A0 and U+3000), and tokens when {@link ColumnSettings#tokens()} is set, each a card
 * {@code Distribution} ({@link LengthStats}). <b>Top values</b> of scalar values: the {@code topK} most frequent,
 * ties by value, with their share of the column's values ({@link FrequentValues}, {@link ValueFormat}).
 *
 * <p><b>Lists</b> give {@code listLength} and a child {@code name[]} of their elements; <b>structs</b> give children
 * {@code name.field} ordered by where each field was first seen; <b>binary</b> values give {@code sizeBytes} only.
 * <b>Privacy</b>: with {@link ColumnSettings#scanPrivacy()}, every string is scanned by {@link PiiScanner}.
 */
public final class ColumnAccumulator implements ValueSink {
    private final String name;
    private final ColumnSettings settings;
    private final ScanContext context;
    private final KindCounts kinds = new KindCounts();
    private final DistinctCounter distinct;
    private final FrequentValues frequent;
    private final TextScan scan = new TextScan();
    private NumericStats numbers;
    private LengthStats chars;
    private LengthStats words;
    private LengthStats tokens;
    private LengthStats listLengths;
    private LengthStats sizes;
    private PrivacyCounts privacy;
    private long media;
    private long elementCount;
    private ColumnAccumulator elements;
    private Map<String, ColumnAccumulator> fields;
    // where this column was first seen, to order struct fields the same way whatever the split
    private int firstFile = Integer.MAX_VALUE;
    private long firstOffset = Long.MAX_VALUE;
    private long firstSeq;

    public ColumnAccumulator(String name, ColumnSettings settings, ScanContext context) {
        this.name = name;
        this.settings = settings;
        this.context = context;
        this.distinct = new DistinctCounter(settings.distinctExactUpTo(), settings.hllLgK());
        this.frequent = new FrequentValues(settings.topExactUpTo(), settings.heavyHitterCapacity());
    }

    public String name() {
        return name;
    }

    @Override
    public void nullValue() {
        // nulls are derived: rows − count
    }

    @Override
    public void boolValue(boolean v) {
        kinds.add(Kind.BOOL, context);
        long h = ValueHash.ofBool(v);
        distinct.add(h);
        frequent.addNumber(h, Kind.BOOL, v ? 1 : 0);
        numeric().addLong(v ? 1 : 0);
    }

    @Override
    public void intValue(long v) {
        kinds.add(Kind.INT, context);
        long h = ValueHash.ofLong(v);
        distinct.add(h);
        frequent.addNumber(h, Kind.INT, v);
        numeric().addLong(v);
    }

    @Override
    public void floatValue(double v) {
        kinds.add(Kind.FLOAT, context);
        long h = ValueHash.ofDouble(v);
        distinct.add(h);
        double canonical = v == 0 ? 0.0 : Double.isNaN(v) ? Double.NaN : v;
        frequent.addNumber(h, Kind.FLOAT, Double.doubleToLongBits(canonical));
        numeric().addDouble(v);
    }

    @Override
    public void textValue(byte[] utf8, int off, int len) {
        kinds.add(Kind.STRING, context);
        TextScan s = scan;
        s.scan(utf8, off, len);
        distinct.add(s.hash);
        frequent.addText(s.hash, utf8, off, len);
        if (chars == null) {
            chars = new LengthStats(settings);
            words = new LengthStats(settings);
        }
        chars.add(s.chars);
        words.add(s.words);
        if (settings.tokens() != null) {
            if (tokens == null) {
                tokens = new LengthStats(settings);
            }
            tokens.add(settings.tokens().count(utf8, off, len));
        }
        if (s.words == 1 && MediaPaths.endsWithMediaExtension(utf8, off, len)) {
            media++;
        }
        if (settings.scanPrivacy() && s.mayHoldPii) {
            int bits = PiiScanner.scanPassed(utf8, off, len);
            if (bits != 0) {
                if (privacy == null) {
                    privacy = new PrivacyCounts();
                }
                privacy.add(bits, context);
            }
        }
    }

    @Override
    public void binaryValue(long length) {
        kinds.add(Kind.BINARY, context);
        if (sizes == null) {
            sizes = new LengthStats(settings);
        }
        sizes.add(length);
    }

    @Override
    public void listValue(int length) {
        kinds.add(Kind.LIST, context);
        if (listLengths == null) {
            listLengths = new LengthStats(settings);
        }
        listLengths.add(length);
        elementCount += length;
    }

    @Override
    public void structValue() {
        kinds.add(Kind.STRUCT, context);
    }

    @Override
    public ValueSink elements() {
        if (elements == null) {
            elements = new ColumnAccumulator(name + "[]", settings, context);
        }
        return elements;
    }

    @Override
    public ValueSink field(String field) {
        if (fields == null) {
            fields = new LinkedHashMap<>();
        }
        ColumnAccumulator child = fields.get(field);
        if (child == null) {
            child = new ColumnAccumulator(name + "." + field, settings, context);
            child.firstFile = context.fileIndex();
            child.firstOffset = context.rowOffset();
            child.firstSeq = fields.size();
            fields.put(field, child);
        }
        return child;
    }

    private NumericStats numeric() {
        if (numbers == null) {
            numbers = new NumericStats(settings);
        }
        return numbers;
    }

    /** Adds the same column's accumulator from another worker; {@code other} is not used afterwards. */
    public void merge(ColumnAccumulator other) {
        kinds.merge(other.kinds);
        distinct.merge(other.distinct);
        frequent.merge(other.frequent);
        numbers = merged(numbers, other.numbers, NumericStats::merge);
        chars = merged(chars, other.chars, LengthStats::merge);
        words = merged(words, other.words, LengthStats::merge);
        tokens = merged(tokens, other.tokens, LengthStats::merge);
        listLengths = merged(listLengths, other.listLengths, LengthStats::merge);
        sizes = merged(sizes, other.sizes, LengthStats::merge);
        privacy = merged(privacy, other.privacy, PrivacyCounts::merge);
        media += other.media;
        elementCount += other.elementCount;
        elements = merged(elements, other.elements, ColumnAccumulator::merge);
        if (other.fields != null) {
            if (fields == null) {
                fields = new LinkedHashMap<>();
            }
            for (ColumnAccumulator o : other.fields.values()) {
                String field = o.name.substring(name.length() + 1);
                ColumnAccumulator mine = fields.get(field);
                if (mine == null) {
                    fields.put(field, o);
                } else {
                    mine.merge(o);
                }
            }
        }
        if (other.firstFile < firstFile || other.firstFile == firstFile && other.firstOffset < firstOffset) {
            firstFile = other.firstFile;
            firstOffset = other.firstOffset;
            firstSeq = other.firstSeq;
        }
    }

    private interface Merger<T> {
        void merge(T into, T from);
    }

    private static <T> T merged(T mine, T theirs, Merger<T> merger) {
        if (mine == null) {
            return theirs;
        }
        if (theirs != null) {
            merger.merge(mine, theirs);
        }
        return mine;
    }

    /**
     * This column's statistics followed by its children's ({@code name[]}, then {@code name.field} in first-seen order).
     * {@code rows} is how many values the column could have had (rows of the dataset for a top-level column); values
     * not seen count as nulls. Mixed-type problems are added to {@code problems}.
     */
    public List<DatasetStatistics.Column> toColumns(long rows, RowProblems problems) {
        List<DatasetStatistics.Column> out = new ArrayList<>();
        out.add(ColumnReport.of(this, rows, problems));
        if (elements != null) {
            out.addAll(elements.toColumns(elementCount, problems));
        }
        for (ColumnAccumulator child : orderedFields()) {
            out.addAll(child.toColumns(kinds.count(Kind.STRUCT), problems));
        }
        return out;
    }

    private List<ColumnAccumulator> orderedFields() {
        if (fields == null) {
            return List.of();
        }
        List<ColumnAccumulator> list = new ArrayList<>(fields.values());
        list.sort(Comparator.<ColumnAccumulator>comparingInt(c -> c.firstFile).thenComparingLong(c -> c.firstOffset)
                .thenComparingLong(c -> c.firstSeq));
        return list;
    }

    /** The class distribution of this column as a label, or null when it cannot be a label (e.g. float, list). */
    public LabelDistribution toLabel(boolean detected) {
        String type = type();
        if (!type.equals("int") && !type.equals("string") && !type.equals("bool")) {
            return null;
        }
        boolean complete = frequent.isExact();
        List<DatasetStatistics.TopValue> classes = ColumnReport.top(this, complete ? Integer.MAX_VALUE : settings.topK());
        return new LabelDistribution(name, detected, classes, complete);
    }

    /** Personal data and secrets found in this column and its children. */
    public List<PrivacyFinding> privacy() {
        List<PrivacyFinding> out = new ArrayList<>();
        if (privacy != null) {
            privacy.addFindings(name, out);
        }
        if (elements != null) {
            out.addAll(elements.privacy());
        }
        for (ColumnAccumulator child : orderedFields()) {
            out.addAll(child.privacy());
        }
        return out;
    }

    /** The column type: the majority kind's name, "float" for ints mixed with floats, "media", or "null" when empty. */
    String type() {
        Kind major = kinds.majority();
        if (major == null) {
            return "null";
        }
        long strings = kinds.count(Kind.STRING);
        if (major == Kind.STRING && media * 10 >= strings * 9) {
            return "media";
        }
        return major.label;
    }

    // package-private views for ColumnReport
    ColumnSettings settings() {
        return settings;
    }

    KindCounts kinds() {
        return kinds;
    }

    DistinctCounter distinct() {
        return distinct;
    }

    FrequentValues frequent() {
        return frequent;
    }

    NumericStats numbers() {
        return numbers;
    }

    LengthStats chars() {
        return chars;
    }

    LengthStats words() {
        return words;
    }

    LengthStats tokens() {
        return tokens;
    }

    LengthStats listLengths() {
        return listLengths;
    }

    LengthStats sizes() {
        return sizes;
    }
}
