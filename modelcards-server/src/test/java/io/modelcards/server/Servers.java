package io.modelcards.server;

import io.modelcards.registry.db.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Starts servers for the tests on a test database (H2 or PostgreSQL), each with a fresh home folder. */
final class Servers {
    private Servers() {
    }

    /** A server on {@code db} with the default configuration and the home {@code home}. */
    static RegistryServer start(TestDatabase db, Path home) {
        return RegistryServer.start(ServerConfig.defaults(home).withJdbcUrl(db.jdbcUrl()));
    }

    /** A server on {@code db} with {@code config}'s other settings. */
    static RegistryServer start(TestDatabase db, ServerConfig config) {
        return RegistryServer.start(config.withJdbcUrl(db.jdbcUrl()));
    }

    /** The first admin's token, read from the file the first start wrote. */
    static String adminToken(RegistryServer server) {
        try {
            return Files.readString(server.adminTokenFile().orElseThrow()).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
