package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.capture.CardRecorder;
import io.modelcards.capture.Evaluated;
import io.modelcards.card.DatasetInfoBuilder;
import io.modelcards.card.ModelCard;
import io.modelcards.render.card.CardRenderer;
import io.modelcards.render.card.OutputFormat;
import io.modelcards.render.card.RenderRequest;
import io.modelcards.render.card.RenderedCard;
import io.modelcards.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared secret corpus (the one capture's redaction is tested with), taken through every rendered output the
 * command writes: README.md (with the chart file), the HTML page and JSON. The capture tests cover the card's own
 * codecs; this covers the templates.
 */
class RedactionInRenderedCardsTest {
    static Stream<Arguments> corpus() {
        List<Arguments> rows = new ArrayList<>();
        for (String line : Fixtures.text(Fixtures.SECRET_CORPUS).lines().toList()) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] c = line.split("\t");
                rows.add(Arguments.of(c[0], c[1], c[2]));
            }
        }
        assertThat(rows).hasSizeGreaterThanOrEqualTo(30);
        return rows.stream();
    }

    /** A card whose name, dataset source, hyperparameters, log and evaluation were each handed {@code secret}. */
    private static ModelCard captured(String secret) {
        CardRecorder r = CardRecorder.builder().setModelName("demo " + secret).optTaskType("text-classification")
                .optDataset(DatasetInfoBuilder.builder().name("data").role("training").sourceUri(secret).split("train").rows(5L).build())
                .build();
        r.trainingStarted(Map.of("notes", secret, "endpoint", secret, "lr", 0.1), Map.of("lr", 0.1));
        r.log(1, 1.0, Map.of("loss " + secret, 0.5));
        r.onEvaluated(Evaluated.of(1, "eval " + secret, "data", "test", Map.of("accuracy", 0.9)));
        return r.toCard();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aCapturedSecretAppearsInNoRenderedOutput(String shape, String secret, String core) {
        ModelCard card = captured(secret);
        CardRenderer renderer = CardRenderer.create();
        List<String> outputs = new ArrayList<>();
        for (OutputFormat f : OutputFormat.values()) {
            RenderedCard out = renderer.render(RenderRequest.of(card, f));
            assertThat(out.hasErrors()).as("%s renders", f).isFalse();
            outputs.add(out.output());
            out.attachments().values().forEach(b -> outputs.add(new String(b, StandardCharsets.UTF_8)));
        }
        for (String o : outputs) {
            assertThat(o).as(shape).doesNotContain(core);
            assertThat(o.replaceAll("\\s+", "")).as(shape + " without white space").doesNotContain(core.replaceAll("\\s+", ""));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aCapturedSecretShowsAsTheRedactionMarkerWhereverItWasInMarkdownAndHtml(String shape, String secret, String core) {
        ModelCard card = captured(secret);
        String md = CardRenderer.create().render(RenderRequest.of(card, OutputFormat.MD)).output();
        String html = CardRenderer.create().render(RenderRequest.of(card, OutputFormat.HTML)).output();

        for (String start : List.of("# Model Card for demo ", "| `endpoint` | ", "| `notes` | ", "| Source | ", "| Step | ", "| eval ")) {
            assertThat(after(md, start, "\n")).as("%s: %s", shape, start).contains("\\<redacted>");
        }
        assertThat(md).as(shape).contains("2 values were redacted because they looked like secrets: ")
                .contains("`endpoint`").contains("`notes`");
        for (String start : List.of("Model Card for demo ", "<td><code>endpoint</code></td><td>", "<td><code>notes</code></td><td>",
                "<td>Source</td><td>")) {
            assertThat(after(html, start, "</")).as("%s: %s", shape, start).contains("&lt;redacted&gt;");
        }
        assertThat(html).as(shape).doesNotContain("<redacted>");
    }

    /** The text after the first {@code start} up to the next {@code end}; fails when {@code start} is missing. */
    private static String after(String text, String start, String end) {
        int at = text.indexOf(start);
        assertThat(at).as("where %s is", start).isNotNegative();
        int from = at + start.length();
        int to = text.indexOf(end, from);
        return text.substring(from, to < 0 ? text.length() : to);
    }

    @Test
    void secretsInAProfiledDatasetShowAsMarkersInItsMostFrequentValuesAndSamples(@TempDir Path tmp) throws IOException {
        List<String[]> secrets = corpus().map(a -> new String[] {(String) a.get()[1], (String) a.get()[2]}).toList();
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < secrets.size(); i++) {
            csv.append(i == 0 ? "" : ",").append("s").append(i);
        }
        csv.append('\n');
        for (int row = 0; row < 2; row++) {
            for (int i = 0; i < secrets.size(); i++) {
                csv.append(i == 0 ? "" : ",").append('"').append(secrets.get(i)[0].replace("\"", "\"\"")).append('"');
            }
            csv.append('\n');
        }
        Path data = tmp.resolve("data.csv");
        Files.writeString(data, csv);
        Path profile = tmp.resolve("profile.json");
        assertThat(Cli.run("profile", data.toString(), "-o", profile.toString(), "--progress=none").exitCode()).isZero();
        String card = Fixtures.path("cards/minimal-empty.json").toString();
        Path md = tmp.resolve("out/README.md");
        Path html = tmp.resolve("out/card.html");
        assertThat(Cli.run("render", card, "--profile", "training=" + profile, "-o", md.toString()).exitCode()).isZero();
        assertThat(Cli.run("render", card, "--profile", "training=" + profile, "-o", html.toString()).exitCode()).isZero();

        String readme = Files.readString(md);
        String page = Files.readString(html);
        for (String[] s : secrets) {
            assertThat(readme).doesNotContain(s[1]);
            assertThat(page).doesNotContain(s[1]);
        }
        for (int i = 0; i < secrets.size(); i++) {
            assertThat(after(readme, "| `s" + i + "` | string |", "\n")).as("most frequent in s%d", i).contains("[SECRET]");
        }
        assertThat(readme).contains("| \\[SECRET\\] |");
        assertThat(page).contains("<td>[SECRET]</td>");
    }
}
