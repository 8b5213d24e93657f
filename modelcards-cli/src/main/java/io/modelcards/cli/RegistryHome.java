package io.modelcards.cli;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.registry.Registry;
import io.modelcards.registry.RegistryConfig;
import io.modelcards.registry.RegistryException;
import io.modelcards.registry.auth.AuthException;
import io.modelcards.registry.db.DatabaseException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * Where a registry keeps its data when a command opens it directly rather than through a server: the embedded H2
 * database, audit signing key and first admin token under {@code --home} (default {@code $MODELCARDS_HOME}, else
 * {@code ~/.modelcards/registry}), or a database given by JDBC URL with {@code --db} (PostgreSQL for teams).
 */
final class RegistryHome {
    @Option(names = "--home", paramLabel = "DIR",
            description = "The registry's folder: embedded database, audit key, admin token (default: $MODELCARDS_HOME, "
                    + "else ~/.modelcards/registry).")
    Path home;

    @Option(names = "--db", paramLabel = "URL",
            description = "A JDBC URL instead of the embedded database, such as jdbc:postgresql://host/db?user=u "
                    + "(the password from the URL or PGPASSWORD-style settings; it never appears in messages).")
    String db;

    /** The registry's folder. */
    Path home() {
        if (home != null) {
            return home;
        }
        String env = System.getenv("MODELCARDS_HOME");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".modelcards", "registry");
    }

    /** The JDBC URL given, or null for the embedded database under {@link #home()}. */
    String jdbcUrl() {
        return db;
    }

    /**
     * Runs {@code work} on the registry opened directly (its database and signing key), then closes it. Writes go through
     * the registry's audited methods as the built-in admin {@code local:admin} ({@code User.LOCAL_ADMIN}), so that a
     * change made on the database leaves the same audit entry as one made through the server. A refusal ends the command
     * with exit 3 and every problem; a database that cannot be opened, with an internal failure naming it.
     */
    <T> T use(Function<Registry, T> work) {
        try (Registry registry = Registry.open(RegistryConfig.defaults(home()).withJdbcUrl(db))) {
            return work.apply(registry);
        } catch (RegistryException e) {
            throw new CliFailure(ExitCode.INVALID, e.problems());
        } catch (AuthException e) {
            throw CliFailure.invalid(e.problem());
        } catch (DatabaseException e) {
            throw failure(e);
        }
    }

    /** {@code e} as the command's failure: its message is free of secrets by contract. */
    CliFailure failure(DatabaseException e) {
        String where = db != null ? "--db" : home().toString();
        String hint = db == null && String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("lock")
                ? " (a running 'modelcards serve' holds it: use --server to go through the server instead)" : "";
        return new CliFailure(ExitCode.INTERNAL, List.of(Diagnostic.error(where, 0, 0, "registry/database", e.getMessage() + hint)));
    }
}
