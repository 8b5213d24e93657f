package io.modelcards.server;

import io.modelcards.registry.Registry;
import io.modelcards.registry.auth.NewToken;
import io.modelcards.registry.auth.Role;
import io.modelcards.registry.auth.User;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * What a registry's first start does: with no user yet, it adds user {@code admin} (role admin), issues a token and
 * writes it to {@code <home>/admin-token}, readable and writable by the owner only. Only the file's path is ever shown.
 */
final class FirstStart {
    /** The name of the first admin user. */
    static final String ADMIN = "admin";
    /** The file the first admin token is written to, under the registry's home. */
    static final String TOKEN_FILE = "admin-token";

    private FirstStart() {
    }

    /**
     * Creates the first admin and its token file when the registry has no user; returns the file's path if it did. Both
     * are audited ({@code user.created}, {@code token.created}) as done by {@code local:admin}, the operator who started
     * the server on this home, as {@code modelcards users add} on the database is.
     */
    static Optional<Path> ensureAdmin(Registry registry, Path home) {
        if (!registry.users().list().isEmpty()) {
            return Optional.empty();
        }
        registry.addUser(User.LOCAL_ADMIN, ADMIN, Role.ADMIN);
        NewToken token = registry.issueToken(User.LOCAL_ADMIN, ADMIN, null);
        return Optional.of(writeOwnerOnly(home.resolve(TOKEN_FILE), token.token() + "\n"));
    }

    /** Writes {@code text} to {@code file} so that it is never readable by others, not even for a moment. */
    private static Path writeOwnerOnly(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(temp);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(temp);
            }
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the first admin token to " + file, e);
        }
    }
}
