package io.modelcards.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcards.cli.remote.RegistryClient;
import io.modelcards.cli.remote.RegistryOptions;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code modelcards search QUERY}: lists the versions in a registry whose cards match a query, one per line. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search a registry's cards: one line per matching version (model, version, state, primary metric, "
                + "risk, stale fields).",
                "QUERY holds words (matched in people's text) and terms: status:published license:apache-2.0 tag:nlp "
                        + "dataset:imdb base_model:NAME risk:high stale:true metric:accuracy>=0.9@imdb/test sort:-metric."})
final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words and key:value terms, ANDed.")
    List<String> query = List.of();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most this many lines (default: ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    RegistryOptions registry;

    @Override
    public Integer call() {
        if (limit < 1 || limit > 10_000) {
            throw CliFailure.usage("--limit", "usage/limit", "--limit is from 1 to 10000, not " + limit);
        }
        RegistryClient client = registry.client();
        PrintWriter out = spec.commandLine().getOut();
        String q = RegistryClient.segment(String.join(" ", query));
        String cursor = null;
        int shown = 0;
        do {
            int page = Math.min(limit - shown, 500);
            JsonNode r = client.getJson("/api/v1/search?q=" + q + "&limit=" + page
                    + (cursor == null ? "" : "&cursor=" + RegistryClient.segment(cursor)));
            for (JsonNode hit : r.path("items")) {
                out.println(line(hit));
                shown++;
            }
            cursor = r.hasNonNull("next_cursor") ? r.get("next_cursor").asText() : null;
        } while (cursor != null && shown < limit);
        if (shown == 0) {
            spec.commandLine().getErr().println("no card matches");
            spec.commandLine().getErr().flush();
        }
        out.flush();
        return ExitCode.OK;
    }

    private static String line(JsonNode hit) {
        StringBuilder b = new StringBuilder();
        b.append(hit.path("model").asText()).append(' ').append(hit.path("version").asText()).append("  ")
                .append(hit.path("state").asText());
        JsonNode m = hit.path("metric");
        if (m.isObject() && m.hasNonNull("value")) {
            b.append("  ").append(m.path("type").asText()).append('=').append(m.path("value").asText());
        }
        if (hit.hasNonNull("risk")) {
            b.append("  risk ").append(hit.get("risk").asText());
        }
        if (hit.path("stale").asInt(0) > 0) {
            b.append("  ").append(hit.get("stale").asInt()).append(" stale");
        }
        return b.toString();
    }
}
