package io.modelcards.cli;

import io.modelcards.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes command output all-or-nothing: to temporary files beside the targets, then moved over them, so an
 * interrupted or failed command never leaves a partly written file. With attachments (files a README refers to, such
 * as its chart), every file is first written in full; then the attachments are moved into place and the main file
 * last, and if any move fails the files already moved are put back as they were.
 */
final class OutputFiles {
    private OutputFiles() {}

    /** Writes {@code text} to {@code target}, or to {@code out} when target is null or "-". */
    static void write(Path target, String text, PrintWriter out) {
        write(target, text, Map.of(), out, null);
    }

    /**
     * Writes {@code text} to {@code target} and each attachment (plain file name to bytes) beside it. When target is
     * null or "-", prints the text to {@code out} and names the skipped attachments in one line on {@code err}.
     */
    static void write(Path target, String text, Map<String, byte[]> attachments, PrintWriter out, PrintWriter err) {
        if (target == null || target.toString().equals("-")) {
            out.print(text);
            out.flush();
            if (!attachments.isEmpty() && err != null) {
                err.println("note: " + String.join(", ", attachments.keySet())
                        + " not written: output went to stdout; use -o DIR/README.md to write it beside the card");
                err.flush();
            }
            return;
        }
        Path abs = target.toAbsolutePath();
        Map<Path, byte[]> files = new LinkedHashMap<>();
        attachments.forEach((name, bytes) -> files.put(beside(abs, name), bytes));
        files.put(abs, text.getBytes(StandardCharsets.UTF_8));
        List<Staged> staged = new ArrayList<>();
        List<Staged> moved = new ArrayList<>();
        try {
            Files.createDirectories(abs.getParent());
            for (var f : files.entrySet()) {
                staged.add(Staged.write(f.getKey(), f.getValue()));
            }
            for (Staged s : staged) {
                s.move();
                moved.add(s);
            }
            staged.forEach(Staged::discardBackup);
        } catch (IOException e) {
            moved.forEach(Staged::restore);
            staged.forEach(Staged::discard);
            throw new CliFailure(ExitCode.INTERNAL, List.of(Diagnostic.error(target.toString(), 0, 0, "output/unwritable",
                    "cannot write: " + e.getMessage() + ": check the directory exists and is writable")));
        }
    }

    /** The attachment {@code name} in the directory of {@code main}; a name that is not a plain file name is a bug. */
    private static Path beside(Path main, String name) {
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")
                || main.getFileName().toString().equals(name)) {
            throw new IllegalArgumentException("attachment name must be a plain file name other than the output's: " + name);
        }
        return main.resolveSibling(name);
    }

    /** Gives {@code path} the permissions of {@code like}, or rw-r--r-- when there is none to copy. */
    static void keepPermissions(Path path, Path like) throws IOException {
        if (!path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        var perms = Files.exists(like) ? Files.getPosixFilePermissions(like)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(path, perms);
    }

    static void moveReplacing(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
