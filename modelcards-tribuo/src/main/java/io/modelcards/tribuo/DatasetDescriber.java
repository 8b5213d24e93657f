package io.modelcards.tribuo;

import io.modelcards.card.DatasetInfo;
import io.modelcards.card.DatasetInfoBuilder;
import io.modelcards.card.DatasetStatistics;
import io.modelcards.card.DatasetStatisticsBuilder;
import io.modelcards.card.DatasetStatisticsColumnBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.Output;
import org.tribuo.RealInfo;
import org.tribuo.VariableInfo;
import org.tribuo.provenance.DatasetProvenance;

/**
 * Describes a Tribuo dataset for the card: identity (name, source, a content hash of the examples the model saw,
 * size), the output distribution, and the per-feature statistics Tribuo already keeps in its feature map.
 */
final class DatasetDescriber {
    private DatasetDescriber() {}

    static DatasetInfo describe(Dataset<? extends Output<?>> data, String name, String role, String split) {
        DatasetProvenance prov = data.getProvenance();
        String source = prov.getSourceProvenance().getClassName();
        return DatasetInfoBuilder.builder().name(name).role(role).sourceUri(source).contentHash(contentHash(data)).split(split)
                .rows((long) data.size()).statistics(statistics(data)).build();
    }

    /**
     * SHA-256 over the examples in order: output, then each feature's name and value (Tribuo keeps features sorted by
     * name). Two datasets with the same examples in the same order have the same hash, whatever their source.
     */
    static String contentHash(Dataset<? extends Output<?>> data) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            StringBuilder sb = new StringBuilder();
            for (Example<? extends Output<?>> ex : data) {
                sb.setLength(0);
                sb.append(ex.getOutput().getSerializableForm(false)).append('\t');
                for (Feature f : ex) {
                    sb.append(f.getName()).append('=').append(Double.toString(f.getValue())).append('\t');
                }
                sb.append('\n');
                md.update(sb.toString().getBytes(StandardCharsets.UTF_8));
            }
            return "sha256:" + HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Tribuo features are sparse: a feature absent from an example is zero, not missing, so nulls are 0 and
     * {@code count} is the number of examples where the feature is present (non-zero).
     */
    private static DatasetStatistics statistics(Dataset<? extends Output<?>> data) {
        List<DatasetStatistics.Column> columns = new ArrayList<>();
        List<DatasetStatistics.TopValue> labels = new ArrayList<>();
        for (var pair : data.getOutputInfo().outputCountsIterable()) {
            labels.add(new DatasetStatistics.TopValue(pair.getA(), pair.getB()));
        }
        labels.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count()) : a.value().compareTo(b.value()));
        columns.add(DatasetStatisticsColumnBuilder.builder().name("label").type("string").count(data.size()).nulls(0)
                .distinct((long) labels.size()).top(labels).build());
        List<VariableInfo> features = new ArrayList<>();
        data.getFeatureMap().forEach(features::add);
        features.sort((a, b) -> a.getName().compareTo(b.getName()));
        for (VariableInfo v : features) {
            if (v instanceof RealInfo r) {
                columns.add(DatasetStatisticsColumnBuilder.builder().name(v.getName()).type("float").count(v.getCount()).nulls(0)
                        .min(r.getMin()).max(r.getMax()).mean(r.getMean()).std(Math.sqrt(r.getVariance())).build());
            } else {
                columns.add(DatasetStatisticsColumnBuilder.builder().name(v.getName()).type("float").count(v.getCount()).nulls(0).build());
            }
        }
        return DatasetStatisticsBuilder.builder().method("exact").rows(data.size()).columns(columns).build();
    }
}
