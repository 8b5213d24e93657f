package io.modelcards.server.ui;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The script-injection corpus of {@code injection-payloads.txt}: each payload, were it to run, sets {@code window.name}
 * to {@code mcx<n>}, and each leaves something in the DOM that {@link PageScan} finds even before it runs.
 */
final class Corpus {
    private Corpus() {
    }

    /** The payloads in file order, numbered from 1 (the {@code {n}} of each is replaced by its number). */
    static List<String> payloads() {
        try (InputStream in = Corpus.class.getResourceAsStream("injection-payloads.txt")) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.replace("{n}", Integer.toString(out.size() + 1)));
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
