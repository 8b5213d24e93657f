package io.modelcards.standards.internal.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.modelcards.diagnostic.InvalidInputException;
import org.junit.jupiter.api.Test;

class CycloneDxImporterErrorsTest {
    private static String problem(String bom) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> new CycloneDxImporter().read(bom, "bom.json"));
        assertThat(e).as("the importer refuses the BOM").isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0).format();
    }

    private static String model(String inside) {
        return "{\n  \"bomFormat\": \"CycloneDX\",\n  \"specVersion\": \"1.6\",\n  \"components\": [\n    {\n"
                + "      \"type\": \"machine-learning-model\",\n      \"name\": \"m\",\n" + inside + "\n    }\n  ]\n}\n";
    }

    @Test
    void textThatIsNotJsonIsASyntaxErrorAtItsPlace() {
        assertThat(problem("{\n  \"bomFormat\": \"CycloneDX\",\n  \"specVersion\": 1.6,,\n}"))
                .isEqualTo("bom.json:3:22: error: cannot parse the BOM as JSON: Unexpected character (',' (code 44)): was "
                        + "expecting double-quote to start field name: fix the syntax here [cyclonedx/syntax]");
    }

    @Test
    void aJsonArrayIsNotABom() {
        assertThat(problem("[1, 2]")).isEqualTo("bom.json:1:1: error: this is not a CycloneDX BOM: expected a JSON object "
                + "with \"bomFormat\": \"CycloneDX\" [cyclonedx/not-bom]");
    }

    @Test
    void anotherBomFormatIsNotABom() {
        assertThat(problem("{\n  \"bomFormat\": \"SPDX\",\n  \"specVersion\": \"1.6\"\n}")).isEqualTo("bom.json:2:3: error: "
                + "this is not a CycloneDX BOM: \"bomFormat\" is \"SPDX\", expected \"CycloneDX\" [cyclonedx/not-bom]");
    }

    @Test
    void aSpecVersionWithoutModelCardsIsRefused() {
        assertThat(problem("{\n  \"bomFormat\": \"CycloneDX\",\n  \"specVersion\": \"1.4\"\n}")).isEqualTo("bom.json:3:3: "
                + "error: CycloneDX 1.4 has no model card: import a BOM of specVersion 1.5, 1.6 or 1.7 [cyclonedx/spec-version]");
    }

    @Test
    void aBomWithoutModelComponentIsRefused() {
        assertThat(problem("{\n  \"bomFormat\": \"CycloneDX\",\n  \"specVersion\": \"1.6\",\n  \"components\": [\n"
                + "    {\"type\": \"library\", \"name\": \"x\"}\n  ]\n}")).isEqualTo("bom.json:4:3: error: the BOM has no "
                + "component of type \"machine-learning-model\": a model card is read from such a component [cyclonedx/no-model]");
    }

    @Test
    void aValueOfTheWrongJsonTypeIsRefusedWhereItIs() {
        assertThat(problem(model("      \"version\": 3"))).isEqualTo("bom.json:8:7: error: /components/0/version: expected "
                + "a string, found number: fix the BOM here [cyclonedx/type]");
    }

    @Test
    void aMetricValueThatIsNotANumberIsRefused() {
        assertThat(problem(model("      \"modelCard\": {\"quantitativeAnalysis\": {\"performanceMetrics\": [\n"
                + "        {\"type\": \"f1\", \"value\": \"high\"}]}}")))
                .isEqualTo("bom.json:9:24: error: /components/0/modelCard/quantitativeAnalysis/performanceMetrics/0/value: "
                        + "expected a number written as a string, found \"high\": write the value as digits, e.g. \"0.91\" "
                        + "[cyclonedx/type]");
    }

    @Test
    void aMetricWithoutValueIsRefused() {
        assertThat(problem(model("      \"modelCard\": {\"quantitativeAnalysis\": {\"performanceMetrics\": [\n"
                + "        {\"type\": \"f1\"}]}}")))
                .isEqualTo("bom.json:9:9: error: /components/0/modelCard/quantitativeAnalysis/performanceMetrics/0: a metric "
                        + "without a value has no place in a card: add its \"value\", or remove the metric [cyclonedx/missing-value]");
    }

    @Test
    void aDatasetReferenceToNoComponentIsRefused() {
        assertThat(problem(model("      \"modelCard\": {\"modelParameters\": {\"datasets\": [\n        {\"ref\": \"nowhere\"}]}}")))
                .isEqualTo("bom.json:9:10: error: the dataset reference \"nowhere\" names no component of the BOM: add a "
                        + "data component with this bom-ref, or fix the reference [cyclonedx/dangling-ref]");
    }

    @Test
    void aJsonPropertyThatIsNotJsonIsRefused() {
        assertThat(problem(model("      \"properties\": [\n        {\"name\": \"modelcards:json:/details/references\", "
                + "\"value\": \"[oops\"}]"))).isEqualTo("bom.json:9:57: error: property modelcards:json:/details/references: the "
                + "value is not JSON: write it as JSON text, or name the property modelcards:/details/references for a plain "
                + "text [cyclonedx/property]");
    }

    @Test
    void aPropertyNamingAMetricTheBomDoesNotHaveIsRefused() {
        assertThat(problem(model("      \"properties\": [\n        {\"name\": "
                + "\"modelcards:json:/evaluation/quantitative/99999999/primary\", \"value\": \"true\"}]")))
                .isEqualTo("bom.json:9:79: error: no card field /evaluation/quantitative/99999999/primary: "
                        + "\"99999999\" is not an item of /evaluation/quantitative (it has 0) [cyclonedx/property]");
    }

    @Test
    void aPropertyValueTheCardCannotTakeIsRefusedAtTheProperty() {
        assertThat(problem(model("      \"properties\": [\n        {\"name\": \"modelcards:json:/training/environment/cores\", "
                + "\"value\": \"\\\"many\\\"\"}]"))).isEqualTo("bom.json:9:65: error: the card field "
                + "/training/environment/cores cannot take this value: expected a number, found \"many\" [cyclonedx/value]");
    }
}
