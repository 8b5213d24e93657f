package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.hf.ReadmeCodec;
import io.modelcards.server.RegistryServer;
import io.modelcards.server.ServerConfig;
import io.modelcards.testing.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real registry server on 127.0.0.1 and a random port, with users made through the CLI itself ({@code users add
 * --server} as the first admin), each user's token in a file only its owner can read: what the CLI tests talk to.
 */
final class RegistryServerFixture implements AutoCloseable {
    private static final Pattern TOKEN = Pattern.compile("(?m)^(mc_[A-Za-z0-9_-]+)$");

    final Path dir;
    final RegistryServer server;
    final Path adminToken;

    RegistryServerFixture(Path dir) {
        this.dir = dir;
        this.server = RegistryServer.start(ServerConfig.defaults(dir.resolve("registry")));
        this.adminToken = server.adminTokenFile().orElseThrow();
    }

    /** Adds user {@code name} with {@code role} through the CLI as the admin, and returns its token file. */
    Path user(String name, String role) {
        Cli.Run r = Cli.run("users", "add", name, "--role", role, "--server", server.url(), "--token-file", adminToken.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        Matcher m = TOKEN.matcher(r.out());
        assertThat(m.find()).as(r.out()).isTrue();
        Path file = dir.resolve(name + ".token");
        try {
            Files.writeString(file, m.group(1) + "\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Runs the CLI as the holder of {@code token}, against this server. */
    Cli.Run as(Path token, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--server", server.url(), "--token-file", token.toString()));
        return Cli.run(all.toArray(String[]::new));
    }

    /** The example card that passes every default rule pack, with {@code summary}, written as a README.md in this folder. */
    Path readme(String name, String summary) {
        ModelCard card = Fixtures.card("classifier-sentiment");
        card = card.withDetails(card.details().withSummary(summary));
        Path file = dir.resolve(name).resolve("README.md");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, ReadmeCodec.write(card));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    @Override
    public void close() {
        server.close();
    }
}
