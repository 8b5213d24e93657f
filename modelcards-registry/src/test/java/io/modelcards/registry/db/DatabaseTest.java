package io.modelcards.registry.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    private static final List<String> TABLES = List.of("models", "versions", "revisions", "reviews", "comments", "audit_entries",
            "checkpoints", "users", "tokens");

    @StorageTest
    void migratingCreatesEveryTableOfTheDesign(Database db) {
        List<String> found = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT LOWER(table_name) FROM information_schema.tables WHERE LOWER(table_schema) = 'public'").mapTo(String.class).list());
        assertThat(found).containsAll(TABLES);
    }

    @StorageTest
    void reopeningADatabaseKeepsWhatWasCommitted(TestDatabase target) {
        try (Database first = target.open()) {
            first.jdbi().useHandle(h -> h.execute("INSERT INTO checkpoints (seq, note, at) VALUES (1, 'kept', CURRENT_TIMESTAMP)"));
        }
        try (Database again = target.open()) {
            List<String> notes = again.jdbi().withHandle(h -> h.createQuery("SELECT note FROM checkpoints").mapTo(String.class).list());
            assertThat(notes).containsExactly("kept");
        }
    }

    @StorageTest
    void aDatabaseMigratedByANewerBuildIsRefusedWithItsSchemaVersion(TestDatabase target) {
        target.open().close();
        Flyway.configure().dataSource(target.jdbcUrl(), null, null).locations(Migrations.LOCATION, "classpath:db/future").load().migrate();
        assertThatThrownBy(target::open).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("newer modelcards").hasMessageContaining("schema 99").hasMessageContaining("up to schema 5");
    }

    @Test
    void theEmbeddedDatabaseIsAnH2FileInItsFolder(@TempDir Path dir) {
        try (Database db = Database.embedded(dir.resolve("reg"))) {
            assertThat(db.kind()).isEqualTo(Database.Kind.H2);
            assertThat(dir.resolve("reg/registry.mv.db")).exists();
            assertThat(db.url()).contains("MODE=PostgreSQL").contains("DB_CLOSE_ON_EXIT=FALSE");
        }
    }

    @Test
    void anUnsupportedUrlIsRefusedWithoutItsPassword() {
        assertThatThrownBy(() -> Database.open("jdbc:mysql://db.example/reg?user=ann&password=hunter2"))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("unsupported database URL jdbc:mysql://db.example/reg?user=ann&password=***")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void anUnreachableServerIsAClearErrorNamingTheUrlWithoutItsPassword() {
        assertThatThrownBy(() -> Database.open("jdbc:postgresql://127.0.0.1:1/reg?user=ann&password=hunter2"))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("cannot connect to the database at jdbc:postgresql://127.0.0.1:1/reg?user=ann&password=***")
                .hasMessageContaining("check that it runs")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void aPasswordInTheUserInfoOrAnH2SettingIsRedacted() {
        assertThat(JdbcUrls.redact("jdbc:postgresql://ann:hunter2@db.example:5432/reg"))
                .isEqualTo("jdbc:postgresql://ann:***@db.example:5432/reg");
        assertThat(JdbcUrls.redact("jdbc:h2:file:/x/registry;USER=sa;PASSWORD=hunter2;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:file:/x/registry;USER=sa;PASSWORD=***;MODE=PostgreSQL");
    }

    @Test
    void aDriverMessageLosesThePasswordOfItsUrl() {
        String url = "jdbc:postgresql://db.example/reg?password=hunter2";
        assertThat(JdbcUrls.scrub("failed for " + url + " with hunter2", url)).doesNotContain("hunter2");
    }
}
