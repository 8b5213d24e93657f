package io.modelcards.server;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How a registry server is started: where it listens, where its registry lives and what anonymous callers may read.
 *
 * @param host          the address to bind; {@code 127.0.0.1} unless the operator says otherwise, so that a registry
 *                      is never reachable from the network by accident
 * @param port          the port, or 0 for any free port ({@link RegistryServer#port()} tells which)
 * @param home          the registry's home folder: the embedded database, the audit key and the first admin token
 * @param jdbcUrl       a PostgreSQL (or H2) JDBC URL, or null for the embedded H2 file under {@code home}
 * @param policyFile    the approval policy file, or null for the default policy
 * @param anonymousRead whether callers without a token may read published and deprecated cards
 * @param maxBodyBytes  the largest request body accepted; larger ones are refused with 413
 */
public record ServerConfig(String host, int port, Path home, String jdbcUrl, Path policyFile, boolean anonymousRead,
                           long maxBodyBytes) {
    /** The address a server binds unless told otherwise: the loopback interface only. */
    public static final String LOOPBACK = "127.0.0.1";
    /** The default request body limit: 1 MiB, well above any real card. */
    public static final long DEFAULT_MAX_BODY = 1L << 20;

    /** Checks the values: a host, a home folder, a port in 0..65535 and a positive body limit. */
    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(home, "home");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
        }
    }

    /** The defaults for a registry under {@code home}: loopback, any free port, embedded H2, no anonymous reads. */
    public static ServerConfig defaults(Path home) {
        return new ServerConfig(LOOPBACK, 0, home, null, null, false, DEFAULT_MAX_BODY);
    }

    /** This configuration with another port. */
    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, home, jdbcUrl, policyFile, anonymousRead, maxBodyBytes);
    }

    /** This configuration with another database URL (null for the embedded H2 file). */
    public ServerConfig withJdbcUrl(String newJdbcUrl) {
        return new ServerConfig(host, port, home, newJdbcUrl, policyFile, anonymousRead, maxBodyBytes);
    }

    /** This configuration with anonymous reads of published cards on or off. */
    public ServerConfig withAnonymousRead(boolean on) {
        return new ServerConfig(host, port, home, jdbcUrl, policyFile, on, maxBodyBytes);
    }

    /** This configuration with another request body limit. */
    public ServerConfig withMaxBodyBytes(long limit) {
        return new ServerConfig(host, port, home, jdbcUrl, policyFile, anonymousRead, limit);
    }
}
