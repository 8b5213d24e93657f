package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code modelcards serve}: listens on loopback, prints its URL, and writes the first admin token to a private file. */
class ServeCommandTest {
    private static final Pattern URL = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+) ");

    @TempDir
    Path home;

    @Test
    void serveOnPortZeroPrintsTheUrlAndThePrivateAdminTokenFileButNotTheToken() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> Main.run(
                new String[] {"serve", "--home", home.toString(), "--port", "0"}, new PrintWriter(out, true), new PrintWriter(err, true)));
        try {
            String url = awaitUrl(out, run);
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "/api/v1/health"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            Path tokenFile = home.resolve("admin-token");
            assertThat(out.toString()).contains("first start: the admin token is in " + tokenFile + " (readable only by you)");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile))).isEqualTo("rw-------");
            String token = Files.readString(tokenFile).strip();
            assertThat(out.toString() + err).doesNotContain(token);
        } finally {
            ServeCommand.stopAll();
        }
        assertThat(run.get(30, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        Cli.Run r = Cli.run("serve", "--home", home.toString(), "--port", "70000");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("--port:0:0: error: --port is from 0 to 65535, not 70000 [usage/port]\n");
    }

    private static String awaitUrl(StringWriter out, CompletableFuture<Integer> run) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Matcher m = URL.matcher(out.toString());
            if (m.find()) {
                return m.group(1);
            }
            if (run.isDone()) {
                throw new AssertionError("serve ended early: " + out);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("serve printed no URL in 30 s: " + out);
    }
}
