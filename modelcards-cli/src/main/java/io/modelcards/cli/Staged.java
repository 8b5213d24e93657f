package io.modelcards.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * One output file written in full to a temporary file beside its target, waiting to be moved into place, with a
 * copy of the file it replaces so that {@link #restore} can undo the move when a later file of the same output fails.
 * Temporary files are created owner-only; the new file gets the target's permissions, or rw-r--r-- for a new file,
 * since a rendered card is meant to be read by others.
 */
final class Staged {
    private final Path target;
    private final Path tmp;
    private Path backup;
    private boolean existed;

    private Staged(Path target, Path tmp) {
        this.target = target;
        this.tmp = tmp;
    }

    /** Writes {@code bytes} to a temporary file beside {@code target}, and keeps a copy of the target if it exists. */
    static Staged write(Path target, byte[] bytes) throws IOException {
        Path dir = target.getParent();
        Staged s = new Staged(target, Files.createTempFile(dir, "." + target.getFileName(), ".tmp"));
        Files.write(s.tmp, bytes);
        OutputFiles.keepPermissions(s.tmp, target);
        s.existed = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        if (s.existed && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            s.backup = Files.createTempFile(dir, "." + target.getFileName(), ".bak");
            Files.copy(target, s.backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
        return s;
    }

    /** Moves the new file over the target, atomically where the file system can. */
    void move() throws IOException {
        OutputFiles.moveReplacing(tmp, target);
    }

    /** Undoes {@link #move}: puts the old file back, or removes the new one if there was none; best effort. */
    void restore() {
        try {
            if (backup != null) {
                OutputFiles.moveReplacing(backup, target);
                backup = null;
            } else if (!existed) {
                Files.deleteIfExists(target);
            }
        } catch (IOException ignored) {
            // The write already failed; the original error is the one to report.
        }
    }

    /** Deletes the temporary file and the backup, if still there. */
    void discard() {
        deleteQuietly(tmp);
        discardBackup();
    }

    /** Deletes the backup once the whole output is in place. */
    void discardBackup() {
        if (backup != null) {
            deleteQuietly(backup);
            backup = null;
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // Nothing better to do: the command's outcome does not depend on this file.
        }
    }
}
