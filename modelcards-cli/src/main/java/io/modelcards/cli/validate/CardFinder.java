package io.modelcards.cli.validate;

import io.modelcards.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The card files the arguments of {@code validate} name: a file as given, a folder searched at every depth for
 * {@code README.md} and card files ({@code modelcard.json}, {@code card.yaml}, {@code NAME.modelcard.yml}, ...).
 *
 * <p>Other JSON and YAML files in a model folder (tokenizer.json, config.json) are not cards, so a folder is searched by
 * file name, never by extension alone. Hidden folders ({@code .git}) are skipped. Files come sorted by path, so reports
 * are the same on every machine.
 */
public final class CardFinder {
    private static final Pattern CARD_NAME = Pattern.compile("(readme\\.md|(.+\\.)?(model)?card\\.(json|ya?ml))");

    private CardFinder() {}

    /**
     * What the arguments name.
     *
     * @param files    the card files found, in argument order, each folder's in path order
     * @param problems one error per folder that holds no card
     */
    public record Found(List<Path> files, List<Diagnostic> problems) {}

    /** The card files {@code paths} name; a path that does not exist is passed on for the reader to report. */
    public static Found find(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.isDirectory(p)) {
                files.add(p);
                continue;
            }
            List<Path> inside;
            try {
                inside = search(p);
            } catch (IOException | UncheckedIOException e) {
                problems.add(Diagnostic.error(p.toString(), 0, 0, "validate/unreadable-folder",
                        "cannot search this folder: " + e.getMessage()));
                continue;
            }
            if (inside.isEmpty()) {
                problems.add(Diagnostic.error(p.toString(), 0, 0, "validate/no-cards",
                        "this folder holds no README.md and no card file (modelcard.json, card.yaml, NAME.modelcard.json ...)"));
            }
            files.addAll(inside);
        }
        return new Found(List.copyOf(files), List.copyOf(problems));
    }

    /** Whether a file of this name is searched for in folders. */
    static boolean isCardName(String fileName) {
        return CARD_NAME.matcher(fileName.toLowerCase(Locale.ROOT)).matches();
    }

    private static List<Path> search(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(f -> !hidden(folder, f))
                    .filter(Files::isRegularFile)
                    .filter(f -> isCardName(f.getFileName().toString()))
                    .sorted()
                    .toList();
        }
    }

    private static boolean hidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
