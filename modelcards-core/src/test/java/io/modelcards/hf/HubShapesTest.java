package io.modelcards.hf;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.EvalResultBuilder;
import io.modelcards.card.Metadata;
import io.modelcards.diagnostic.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A value's written shape survives a write from the typed card until the typed value itself changes. */
class HubShapesTest {
    private static Metadata read(String frontMatter) throws InvalidInputException {
        return ReadmeCodec.parse("---\n" + frontMatter + "---\n", "r.md", false).card().metadata();
    }

    @Test
    void aOneItemLanguageListIsWrittenAsAListAndItsTypedFieldIsFilled() throws InvalidInputException {
        Metadata m = read("language: [en]\n");
        assertThat(m.language()).containsExactly("en");
        assertThat(HfMetadata.toDict(m)).containsEntry("language", List.of("en"));
    }

    @Test
    void aSingleDatasetStaysSingleAndAnEmptyTagListStays() throws InvalidInputException {
        Metadata m = read("datasets: imdb\ntags: []\n");
        assertThat(HfMetadata.toDict(m)).containsEntry("datasets", "imdb").containsEntry("tags", List.of());
    }

    @Test
    void emissionsWrittenAsANumberStayANumberAndAnIntegerStaysAnInteger() throws InvalidInputException {
        assertThat(HfMetadata.toDict(read("co2_eq_emissions: 3.16\n"))).containsEntry("co2_eq_emissions", 3.16);
        assertThat(HfMetadata.toDict(read("co2_eq_emissions:\n  emissions: 12\n")))
                .containsEntry("co2_eq_emissions", Map.of("emissions", 12));
    }

    @Test
    void anEditedTypedValueWinsOverTheKeptShape() throws InvalidInputException {
        Metadata m = read("language: [en]\nco2_eq_emissions: 3\n");
        Metadata edited = m.withLanguage(List.of("en", "fr")).withCo2EqEmissions(m.co2EqEmissions().withEmissions(4.5));
        assertThat(HfMetadata.toDict(edited)).containsEntry("language", List.of("en", "fr"))
                .containsEntry("co2_eq_emissions", Map.of("emissions", 4.5));
    }

    @Test
    void aModelIndexWithoutResultsStaysAModelIndexUntilTheCardGainsResults() throws InvalidInputException {
        Metadata m = read("model-index:\n- name: tuned\n  results: []\n");
        assertThat(m.modelName()).isEqualTo("tuned");
        assertThat(HfMetadata.toDict(m)).doesNotContainKey("model_name")
                .containsEntry("model-index", List.of(Map.of("name", "tuned", "results", List.of())));
        Metadata evaluated = m.withEvalResults(List.of(EvalResultBuilder.builder().taskType("text-classification").datasetType("imdb")
                .datasetName("IMDb").metricType("accuracy").metricValue(0.9).build()));
        assertThat(HfMetadata.toDict(evaluated).get("model-index").toString()).contains("accuracy", "tuned");
    }

    @Test
    void unknownKeysAreReadAsPyYamlReadsThemButLanguageCodesKeepTheirText() throws InvalidInputException {
        Metadata m = read("language: no\ncommercial: no\nparameters: 24_700_000\nratio: .nan\n");
        assertThat(m.language()).containsExactly("no");
        assertThat(m.extra()).containsEntry("commercial", false).containsEntry("parameters", 24_700_000)
                .containsEntry("ratio", ".nan");
    }

    @Test
    void aLicenceListIsKeptAsWrittenAndTheTypedLicenceStaysEmpty() throws InvalidInputException {
        Metadata m = read("license: [mit, apache-2.0]\n");
        assertThat(m.license()).isNull();
        assertThat(HfMetadata.toDict(m)).containsEntry("license", List.of("mit", "apache-2.0"));
    }
}
