package io.modelcards.standards;

import io.modelcards.standards.internal.cyclonedx.CycloneDxExporter;
import io.modelcards.standards.internal.cyclonedx.CycloneDxImporter;
import io.modelcards.standards.internal.mct.MctExporter;
import io.modelcards.standards.internal.mct.MctImporter;
import io.modelcards.standards.internal.sagemaker.SageMakerExporter;
import io.modelcards.standards.internal.sagemaker.SageMakerImporter;
import io.modelcards.standards.internal.spdx.SpdxExporter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The exporters and importers of every {@link Standard}. */
public final class Standards {
    private static final Map<Standard, Exporter> EXPORTERS = index(List.of(
            new CycloneDxExporter(),
            new MctExporter(),
            new SageMakerExporter(),
            new SpdxExporter()
    ));
    private static final Map<Standard, Importer> IMPORTERS = indexImporters(List.of(
            new CycloneDxImporter(),
            new MctImporter(),
            new SageMakerImporter()
    ));

    private Standards() {}

    /** The exporter of {@code standard}. */
    public static Exporter exporter(Standard standard) {
        Exporter e = EXPORTERS.get(standard);
        if (e == null) {
            throw new IllegalStateException("no exporter for " + standard);
        }
        return e;
    }

    /** The importer of {@code standard}, or empty when the format is only written. */
    public static Optional<Importer> importer(Standard standard) {
        return Optional.ofNullable(IMPORTERS.get(standard));
    }

    private static Map<Standard, Exporter> index(List<Exporter> all) {
        Map<Standard, Exporter> m = new EnumMap<>(Standard.class);
        all.forEach(e -> m.put(e.standard(), e));
        return m;
    }

    private static Map<Standard, Importer> indexImporters(List<Importer> all) {
        Map<Standard, Importer> m = new EnumMap<>(Standard.class);
        all.forEach(i -> m.put(i.standard(), i));
        return m;
    }
}
