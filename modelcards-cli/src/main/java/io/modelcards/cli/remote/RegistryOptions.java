package io.modelcards.cli.remote;

import io.modelcards.cli.ExitCode;
import io.modelcards.diagnostic.Diagnostic;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options of every command that talks to a registry server: where it is, and whose token to use. The token comes
 * from {@code MODELCARDS_TOKEN}, or from a file only its owner can read ({@code --token-file} or
 * {@code MODELCARDS_TOKEN_FILE}); never from the command line, where other users of the machine could see it.
 */
public final class RegistryOptions {
    @Option(names = "--server", paramLabel = "URL",
            description = "The registry, such as http://127.0.0.1:8080 (default: $MODELCARDS_URL).")
    String server;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "A file holding your API token, readable only by you (default: $MODELCARDS_TOKEN_FILE; "
                    + "$MODELCARDS_TOKEN is used when set).")
    Path tokenFile;

    /** Whether a registry server was named, by {@code --server} or {@code MODELCARDS_URL}. */
    public boolean named() {
        String env = System.getenv("MODELCARDS_URL");
        return server != null || env != null && !env.isBlank();
    }

    /** A client of the chosen registry with the chosen token; no registry given is a usage failure. */
    public RegistryClient client() {
        String url = server != null ? server : System.getenv("MODELCARDS_URL");
        if (url == null || url.isBlank()) {
            throw new RemoteFailure(ExitCode.USAGE, List.of(Diagnostic.error("--server", 0, 0, "usage/no-server",
                    "no registry given: pass --server URL (printed by 'modelcards serve') or set MODELCARDS_URL")));
        }
        return new RegistryClient(parse(url.strip()), token());
    }

    private String token() {
        if (tokenFile != null) {
            return TokenFile.read(tokenFile);
        }
        String env = System.getenv("MODELCARDS_TOKEN");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        String file = System.getenv("MODELCARDS_TOKEN_FILE");
        return file == null || file.isBlank() ? null : TokenFile.read(Path.of(file));
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new URISyntaxException(url, "not an http(s) URL with a host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new RemoteFailure(ExitCode.USAGE, List.of(Diagnostic.error("--server", 0, 0, "usage/bad-server",
                    "'" + url + "' is not a registry URL: use http://HOST:PORT, as 'modelcards serve' prints it")));
        }
    }
}
