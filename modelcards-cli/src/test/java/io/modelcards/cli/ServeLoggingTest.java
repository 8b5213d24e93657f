package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the command logs, run as its own process (SLF4J reads its level once per JVM): {@code serve} one stderr line per
 * unexpected server error, naming the route and the error id and neither the token nor the request body; every other
 * command nothing.
 */
class ServeLoggingTest {
    private static final Pattern URL = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+) ");
    private static final Pattern ERROR_ID = Pattern.compile("\"error_id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final String BODY_SECRET = "body-text-7f3a9c";

    @TempDir
    Path home;

    @Test
    void anUnexpectedServerErrorIsOneStderrLineNamingTheRouteAndTheErrorIdButNotTheTokenOrTheBody() throws Exception {
        // AUTO_SERVER lets this test open the server's H2 file too, to break it under the running server.
        String db = "jdbc:h2:file:" + home.resolve("registry") + ";AUTO_SERVER=TRUE";
        Process serve = modelcards("serve", "--home", home.toString(), "--db", db, "--port", "0");
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(serve.getErrorStream()));
        String body;
        String token;
        try {
            String url = awaitUrl(serve);
            token = Files.readString(home.resolve("admin-token")).strip();
            try (Connection c = DriverManager.getConnection(db); Statement st = c.createStatement()) {
                st.execute("ALTER TABLE models RENAME TO models_gone");
            }
            HttpResponse<String> failed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "/api/v1/models"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + BODY_SECRET + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(failed.statusCode()).as(failed.body()).isEqualTo(500);
            body = failed.body();
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
        Matcher id = ERROR_ID.matcher(body);
        assertThat(id.find()).as(body).isTrue();
        String stderr = err.get(30, TimeUnit.SECONDS);
        List<String> lines = stderr.lines().filter(l -> l.contains(id.group(1))).toList();
        assertThat(lines).as(stderr).hasSize(1);
        assertThat(lines.get(0)).contains("ERROR").contains("POST /api/v1/models failed with error id " + id.group(1));
        assertThat(stderr).doesNotContain(token).doesNotContain(BODY_SECRET).doesNotContain("\tat ").doesNotContain(" INFO ");
    }

    @Test
    void anotherCommandLogsNothing() throws Exception {
        Process add = modelcards("users", "add", "alice", "--role", "author", "--home", home.toString());
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> readAll(add.getInputStream()));
        String stderr = readAll(add.getErrorStream());
        assertThat(add.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(add.exitValue()).as(stderr).isZero();
        assertThat(out.get(30, TimeUnit.SECONDS)).startsWith("added user alice (author)");
        assertThat(stderr).isEmpty();
    }

    /** The command, in a JVM of its own with this test's classpath (the surefire booter jar lists it in its manifest). */
    private static Process modelcards(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("MODELCARDS_URL");
        return pb.start();
    }

    private static String awaitUrl(Process serve) throws IOException {
        StringBuilder out = new StringBuilder();
        InputStream in = serve.getInputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            out.append((char) b);
            Matcher m = URL.matcher(out);
            if (m.find()) {
                CompletableFuture.runAsync(() -> readAll(in));
                return m.group(1);
            }
        }
        throw new AssertionError("serve ended without printing its URL: " + out);
    }

    private static String readAll(InputStream in) {
        try {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return all.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
