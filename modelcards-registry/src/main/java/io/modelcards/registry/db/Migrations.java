package io.modelcards.registry.db;

import java.util.Arrays;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/** Brings a database to this build's schema with the Flyway scripts under {@code db/migration}, refusing newer ones. */
final class Migrations {
    /** Where this build's migration scripts are on the classpath. */
    static final String LOCATION = "classpath:db/migration";

    private Migrations() {}

    /**
     * Migrates the database behind {@code pool}; a database already migrated by a newer build (a migration this build
     * does not know) is refused before anything is written, because this build would misread its tables.
     */
    static void apply(DataSource pool, String safeUrl) {
        Flyway flyway = Flyway.configure().dataSource(pool).locations(LOCATION).cleanDisabled(true).load();
        MigrationInfo[] future = Arrays.stream(flyway.info().applied())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .toArray(MigrationInfo[]::new);
        if (future.length > 0) {
            String versions = Arrays.stream(future).map(m -> String.valueOf(m.getVersion())).collect(Collectors.joining(", "));
            throw new DatabaseException("the database at " + safeUrl + " was migrated by a newer modelcards (schema "
                    + versions + "); this build knows up to schema " + known(flyway) + ": use that newer modelcards with it");
        }
        flyway.migrate();
    }

    private static String known(Flyway flyway) {
        return Arrays.stream(flyway.info().all()).filter(m -> m.getState().isResolved())
                .map(m -> String.valueOf(m.getVersion())).reduce((a, b) -> b).orElse("none");
    }
}
