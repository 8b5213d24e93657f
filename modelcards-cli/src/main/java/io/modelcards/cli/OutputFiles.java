package io.modelcards.cli;

import io.modelcards.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes command output all-or-nothing: to a temporary file beside the target, then moved over it, so an
 * interrupted or failed command never leaves a partly written file.
 */
final class OutputFiles {
    private OutputFiles() {}

    /**
     * Gives the temporary file the target's permissions, or rw-r--r-- for a new file: temporary files are created
     * owner-only, and a rendered card is meant to be read by others.
     */
    private static void keepPermissions(Path tmp, Path target) throws IOException {
        if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        var perms = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
    }

    /** Writes {@code text} to {@code target}, or to {@code out} when target is null or "-". */
    static void write(Path target, String text, PrintWriter out) {
        if (target == null || target.toString().equals("-")) {
            out.print(text);
            out.flush();
            return;
        }
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            keepPermissions(tmp, abs);
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // The write already failed; the original error is the one to report.
                }
            }
            throw new CliFailure(ExitCode.INTERNAL, java.util.List.of(Diagnostic.error(target.toString(), 0, 0, "output/unwritable",
                    "cannot write: " + e.getMessage() + ": check the directory exists and is writable")));
        }
    }
}
