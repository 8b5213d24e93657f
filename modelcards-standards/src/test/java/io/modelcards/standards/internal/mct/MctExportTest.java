package io.modelcards.standards.internal.mct;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardMappers;
import io.modelcards.standards.ExportOptions;
import io.modelcards.standards.Exported;
import io.modelcards.standards.Omission;
import io.modelcards.testing.Fixtures;
import io.modelcards.testing.Golden;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Model Card Toolkit export: valid against the schema for every fixture card, exactly as kept for the fullest. */
class MctExportTest {
    static final ExportOptions AT = ExportOptions.at(Instant.parse("2026-12-06T00:00:00Z"));

    static List<String> cards() {
        return Fixtures.cardNames();
    }

    static Exported export(ModelCard card) {
        return new MctExporter().export(card, AT);
    }

    static JsonNode tree(String document) throws Exception {
        return CardMappers.json().readTree(document);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cards")
    void everyFixtureCardExportsToAValidMctCard(String name) {
        assertThat(OfficialSchema.mct().problems(export(Fixtures.card(name)).document())).isEmpty();
    }

    @Test
    void theFullestCardIsExportedExactlyAsKept() {
        Exported e = export(Fixtures.card("full-every-field"));
        Golden.assertMatches("mct/full-every-field.mct.json", e.document());
        Golden.assertMatches("mct/full-every-field.omissions.txt", lines(e.omissions()));
    }

    @Test
    void aMetricValueIsWrittenAsText() throws Exception {
        JsonNode metric = tree(export(Fixtures.card("full-every-field")).document()).at("/quantitative_analysis/performance_metrics/0");
        assertThat(metric.get("value").isTextual()).isTrue();
        assertThat(metric.get("value").textValue()).isEqualTo("0.9132");
        assertThat(metric.at("/confidence_interval/lower_bound").textValue()).isEqualTo("0.9051");
    }

    @Test
    void theStoredSchemaWithNumericValuesRejectsOnlyTheTextValues() {
        // Shows why the schema with text values is the one the exports are held to: the stored earlier file differs there.
        List<String> problems = OfficialSchema.mctAsStored().problems(export(Fixtures.card("full-every-field")).document());
        assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p).contains("performance_metrics").contains("value"));
    }

    @Test
    void privacyFindingsBecomeSensitiveData() throws Exception {
        ModelCard card = Fixtures.card("profiled-datasets");
        JsonNode data = tree(export(card).document()).at("/model_parameters/data");
        int i = 0;
        while (card.datasets().get(i).statistics() == null || card.datasets().get(i).statistics().privacy().isEmpty()) {
            i++;
        }
        var finding = card.datasets().get(i).statistics().privacy().get(0);
        assertThat(data.get(i).at("/sensitive/sensitive_data/0").textValue()).isEqualTo(finding.kind() + " in column "
                + finding.column() + " (" + finding.count() + (finding.count() == 1 ? " value)" : " values)"));
    }

    @Test
    void aDateThatIsNotAnIsoDateIsReportedAndLeftOut() throws Exception {
        ModelCard card = Fixtures.card("full-every-field");
        card = card.withDetails(card.details().withDate("November 2026"));
        Exported e = export(card);
        assertThat(tree(e.document()).at("/model_details/version/date").isMissingNode()).isTrue();
        assertThat(e.omissions()).contains(new Omission("/details/date", "MCT wants a date as YYYY-MM-DD, not \"November 2026\""));
    }

    @Test
    void aSectionWithNoPlaceInMctIsReportedWhole() {
        List<String> pointers = export(Fixtures.card("full-every-field")).omissions().stream().map(Omission::pointer).toList();
        assertThat(pointers).contains("/training", "/governance", "/sections");
    }

    static String lines(List<Omission> omissions) {
        return omissions.stream().map(o -> o.pointer() + ": " + o.reason() + "\n").collect(Collectors.joining());
    }

    @Test
    void anEmptyCardHasNothingToReport() {
        Exported e = export(ModelCard.empty());
        assertThat(e.omissions()).isEmpty();
        assertThat(e.document()).isEqualTo("{\n  \"schema_version\": \"0.0.2\"\n}\n");
    }
}
