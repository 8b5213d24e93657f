package io.modelcards.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Classpath resources as paths, whether they sit in a directory ({@code target/test-classes}, when a build stops
 * before packaging) or in a test-jar (when it packages first, as {@code verify} does).
 */
final class ClasspathFiles {
    private static Path extracted;

    private ClasspathFiles() {}

    /** The resource's URL; fails naming the resource when it is not on the classpath. */
    static URL url(String resource) {
        URL url = ClasspathFiles.class.getResource("/" + strip(resource));
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + strip(resource) + " on the classpath: is the module's "
                    + "test-jar dependency on modelcards-core (or the owning module) declared?");
        }
        return url;
    }

    /** The resource as a path, inside the test-jar's zip file system when it comes from a jar. */
    static synchronized Path locate(URL url) {
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    // Kept open for the life of the test JVM: every later fixture from the same jar reuses it.
                    FileSystems.newFileSystem(uri, Map.of());
                }
            }
            return Path.of(uri);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(url + " is not a valid URI", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The resource as a file on the default file system, for code that takes a file name (a command's argument); a
     * resource inside a jar is copied, once, under a temporary directory at the same relative path, so it keeps its
     * file name.
     */
    static synchronized Path onDisk(String resource, URL url) {
        Path located = locate(url);
        if (located.getFileSystem() == FileSystems.getDefault()) {
            return located;
        }
        try {
            if (extracted == null) {
                extracted = Files.createTempDirectory("modelcards-fixtures");
                extracted.toFile().deleteOnExit();
            }
            Path target = extracted.resolve(strip(resource));
            if (!Files.exists(target)) {
                createDirectories(target.getParent());
                try (InputStream in = Files.newInputStream(located)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                target.toFile().deleteOnExit();
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates the missing directories one by one, so that each is deleted at exit after the files in it. */
    private static void createDirectories(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            createDirectories(dir.getParent());
            Files.createDirectory(dir);
            dir.toFile().deleteOnExit();
        }
    }

    private static String strip(String resource) {
        return resource.startsWith("/") ? resource.substring(1) : resource;
    }
}
