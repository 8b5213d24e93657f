package io.modelcards.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.diagnostic.SourceMap;
import org.junit.jupiter.api.Test;

class CardSourceMapTest {
    private static final String YAML = "schema_version: \"1.0\"\nmetadata:\n  license: mit\n  eval_results:\n"
            + "    - task_type: a\n    - task_type: b\n      metric_type: f1\n";
    private static final String JSON = "{\n  \"schema_version\": \"1.0\",\n  \"metadata\": {\n    \"tags\": [\"a\", \"b\"]\n  }\n}\n";

    @Test
    void aYamlKeyIsFoundAtItsLineAndColumn() {
        assertThat(CardSourceMap.of(CardMappers.yaml(), YAML, "c.yaml").locate("/metadata/license")).contains(new SourceMap.Position(3, 3));
    }

    @Test
    void anObjectInAListIsFoundAtItsOwnLine() {
        assertThat(CardSourceMap.of(CardMappers.yaml(), YAML, "c.yaml").locate("/metadata/eval_results/1"))
                .contains(new SourceMap.Position(6, 7));
    }

    @Test
    void anAbsentFieldIsPlacedAtItsNearestWrittenAncestor() {
        assertThat(CardSourceMap.of(CardMappers.yaml(), YAML, "c.yaml").locate("/metadata/eval_results/0/metric_type"))
                .contains(new SourceMap.Position(5, 7));
    }

    @Test
    void aJsonArrayElementIsFoundAtItsValue() {
        assertThat(CardSourceMap.of(CardMappers.json(), JSON, "c.json").locate("/metadata/tags/1")).contains(new SourceMap.Position(4, 19));
    }

    @Test
    void theMapNamesTheFileItWasGiven() {
        assertThat(CardSourceMap.of(CardMappers.json(), JSON, "dir/c.json").file()).isEqualTo("dir/c.json");
    }
}
