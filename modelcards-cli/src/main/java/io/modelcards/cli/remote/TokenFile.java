package io.modelcards.cli.remote;

import io.modelcards.cli.ExitCode;
import io.modelcards.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an API token from a file that only its owner can read: a token in a file others can read is as good as
 * published, so such a file is refused rather than used. The token itself never appears in a message.
 */
public final class TokenFile {
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private TokenFile() {}

    /** The token in {@code file} (its first line, trimmed); a missing, empty or shared file is a usage failure. */
    public static String read(Path file) {
        try {
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (posix != null) {
                Set<PosixFilePermission> perms = posix.readAttributes().permissions();
                perms.retainAll(OTHERS);
                if (!perms.isEmpty()) {
                    throw usage(file, "remote/token-file-shared", "the token file can be read or written by others "
                            + "(its group or everyone): make it private with 'chmod 600 " + file + "'");
                }
            }
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            int nl = text.indexOf('\n');
            String token = nl < 0 ? text : text.substring(0, nl).strip();
            if (token.isEmpty()) {
                throw usage(file, "remote/token-file-empty", "the token file is empty: write the token that "
                        + "'modelcards users add' printed into it");
            }
            return token;
        } catch (NoSuchFileException e) {
            throw usage(file, "remote/token-file-missing", "no such token file");
        } catch (IOException e) {
            throw usage(file, "remote/token-file-unreadable", "cannot read the token file: " + e.getMessage());
        }
    }

    private static RemoteFailure usage(Path file, String code, String message) {
        return new RemoteFailure(ExitCode.USAGE, List.of(Diagnostic.error(file.toString(), 0, 0, code, message)));
    }
}
