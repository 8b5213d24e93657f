package io.modelcards.render.html;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The folder a card's local images are read from: the folder of its README, so that {@code assets/plot.png} in the
 * Markdown means the file a viewer of the repository would show. Only files inside that folder are read: absolute
 * paths, paths that climb out with {@code ..}, and links that lead outside are refused; so are files over
 * {@link #MAX_BYTES} and files that are not PNG, JPEG, GIF, WebP or SVG.
 */
public final class ImageFolder {
    /** The largest image inlined into a page: 5 MiB, so that one picture cannot make the page unusable. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    private static final ImageFolder NONE = new ImageFolder(null, "-");
    private static final Map<String, String> TYPES = Map.of("png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg",
            "gif", "image/gif", "webp", "image/webp", "svg", "image/svg+xml");

    private final Path folder;
    private final String cardFile;

    private ImageFolder(Path folder, String cardFile) {
        this.folder = folder;
        this.cardFile = cardFile;
    }

    /**
     * The folder of {@code cardFile}, whose name (as the user gave it) also names the file in the problems reported
     * about its images.
     */
    public static ImageFolder besideCard(Path cardFile) {
        Path parent = cardFile.toAbsolutePath().normalize().getParent();
        return new ImageFolder(parent, cardFile.toString());
    }

    /** No folder: the card was not read from a file, so every local image shows as its alt text. */
    public static ImageFolder none() {
        return NONE;
    }

    /** The card's file name as the user gave it, or "-" when there is none. */
    String cardFile() {
        return cardFile;
    }

    /** What reading the image at {@code destination} (a relative path from the Markdown) gave. */
    sealed interface Lookup {
        /** The image's MIME type and bytes. */
        record Found(String mimeType, byte[] bytes) implements Lookup {}

        /** Not shown, whether because there is no such file, and why, in words for the person who wrote the Markdown. */
        record Skipped(boolean missing, String reason) implements Lookup {}
    }

    /** Reads the image {@code destination} names, relative to this folder; never reads outside it. */
    Lookup find(String destination) {
        String path = decode(destination);
        if (folder == null) {
            return new Lookup.Skipped(true, "the card was not read from a file, so there is no folder to find it in");
        }
        Path relative;
        try {
            relative = Path.of(path);
        } catch (InvalidPathException e) {
            return new Lookup.Skipped(false, "it is not a valid file name");
        }
        if (relative.isAbsolute() || path.startsWith("/") || path.startsWith("\\")) {
            return new Lookup.Skipped(false, "its path is absolute; give a path relative to the card's folder");
        }
        Path file = folder.resolve(relative).normalize();
        if (!file.startsWith(folder)) {
            return new Lookup.Skipped(false, "its path leads outside the card's folder; keep images beside the card");
        }
        String mime = TYPES.get(extension(file));
        if (mime == null) {
            return new Lookup.Skipped(false, "it is not a PNG, JPEG, GIF, WebP or SVG file");
        }
        try {
            if (!Files.isRegularFile(file)) {
                return new Lookup.Skipped(true, "there is no such file beside the card (put it there or fix the path)");
            }
            if (!file.toRealPath().startsWith(folder.toRealPath())) {
                return new Lookup.Skipped(false, "it links to a file outside the card's folder; keep images beside the card");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return new Lookup.Skipped(false, "it is " + size + " bytes, more than the " + MAX_BYTES
                        + " bytes (5 MiB) an image may have; make it smaller");
            }
            return new Lookup.Found(mime, Files.readAllBytes(file));
        } catch (IOException e) {
            return new Lookup.Skipped(false, "it could not be read");
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The path without a query or fragment, with {@code %XX} escapes decoded as UTF-8 (Markdown writes spaces as %20). */
    static String decode(String destination) {
        String d = destination;
        int cut = indexOfAny(d, '?', '#');
        d = cut < 0 ? d : d.substring(0, cut);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < d.length()) {
            if (d.charAt(i) == '%' && i + 2 < d.length() && hex(d.charAt(i + 1)) >= 0 && hex(d.charAt(i + 2)) >= 0) {
                out.write(hex(d.charAt(i + 1)) * 16 + hex(d.charAt(i + 2)));
                i += 3;
            } else {
                int cp = d.codePointAt(i);
                out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
