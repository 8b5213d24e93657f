package io.modelcards.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.card.SchemaVersion;
import io.modelcards.codec.CardCodec;
import io.modelcards.codec.CardMappers;
import io.modelcards.diagnostic.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MigrationsTest {

    private static ObjectNode tree(String json) throws Exception {
        return (ObjectNode) CardMappers.json().readTree(json);
    }

    @Test
    void aRegisteredStepRunsAndStampsTheNewVersion() throws Exception {
        Map<String, Migrations.Step> steps = new LinkedHashMap<>();
        steps.put("0.9", new Migrations.Step("0.9", "1.0", t -> {
            t.set("governance", t.remove("risk_block"));
            return t;
        }));
        ObjectNode old = tree("{\"schema_version\": \"0.9\", \"risk_block\": {\"risk\": \"low\"}}");
        ObjectNode migrated = Migrations.migrate(old, "0.9", "1.0", steps, "old.json");
        assertThat(migrated.toString()).isEqualTo("{\"schema_version\":\"1.0\",\"governance\":{\"risk\":\"low\"}}");
    }

    @Test
    void stepsRunInAChainUntilTheTarget() throws Exception {
        Map<String, Migrations.Step> steps = new LinkedHashMap<>();
        steps.put("0.8", new Migrations.Step("0.8", "0.9", t -> t.put("a", 1)));
        steps.put("0.9", new Migrations.Step("0.9", "1.0", t -> t.put("b", 2)));
        ObjectNode migrated = Migrations.migrate(tree("{\"schema_version\": \"0.8\"}"), "0.8", "1.0", steps, "old.json");
        assertThat(migrated.toString()).isEqualTo("{\"schema_version\":\"1.0\",\"a\":1,\"b\":2}");
    }

    @Test
    void migratingLeavesTheInputTreeUntouched() throws Exception {
        Map<String, Migrations.Step> steps = Map.of("0.9", new Migrations.Step("0.9", "1.0", t -> t.put("added", true)));
        ObjectNode old = tree("{\"schema_version\": \"0.9\"}");
        Migrations.migrate(old, "0.9", "1.0", steps, "old.json");
        assertThat(old.toString()).isEqualTo("{\"schema_version\":\"0.9\"}");
    }

    @Test
    void aVersionWithoutAStepIsAnErrorThatAsksForABugReport() {
        assertThatThrownBy(() -> Migrations.migrate(tree("{\"schema_version\": \"0.7\"}"), "0.7", "1.0", Map.of(), "old.json"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no migration from schema_version 0.7");
    }

    @Test
    void aOneZeroCardMigratesToTheCurrentVersionWithOnlyItsVersionChanged() throws Exception {
        assertThat(SchemaVersion.READABLE).containsExactly("1.0", "1.1", "1.2", "1.3", "1.4");
        assertThat(Migrations.registeredSteps()).containsOnlyKeys("1.0", "1.1", "1.2", "1.3");
        assertThat(Migrations.needsMigration(SchemaVersion.CURRENT)).isFalse();
        ObjectNode card = tree("{\"schema_version\": \"1.0\", \"metadata\": {\"license\": \"mit\"}}");
        assertThat(Migrations.migrate(card, "1.0", "c.json").toString())
                .isEqualTo("{\"schema_version\":\"1.4\",\"metadata\":{\"license\":\"mit\"}}");
    }

    @Test
    void aOneOneCardWithAPersonsTextLoadsWithoutATimeOfWriting() throws Exception {
        ObjectNode card = tree("{\"schema_version\": \"1.1\", \"provenance\": {\"origins\": "
                + "{\"/uses\": {\"kind\": \"human\", \"author\": \"ana\"}}}}");
        ModelCard loaded = CardCodec.fromJson(card.toString(), "c.json");
        assertThat(loaded.provenance().originOf("/uses")).isEqualTo(new Origin.Human("ana", null, null));
    }

    @Test
    void aTimeOfWritingThatIsNotAnInstantIsRefusedWithTheFormatToUse() {
        String card = "{\"schema_version\": \"1.2\", \"provenance\": {\"origins\": "
                + "{\"/uses\": {\"kind\": \"human\", \"author\": \"ana\", \"at\": \"yesterday\"}}}}";
        assertThatThrownBy(() -> CardCodec.fromJson(card, "c.json"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("2026-12-05T22:08:15Z")
                .hasMessageNotContaining("java.");
    }
}
