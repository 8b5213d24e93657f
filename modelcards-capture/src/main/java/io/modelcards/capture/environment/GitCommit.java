package io.modelcards.capture.environment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the commit checked out in the git repository that contains a directory, by reading {@code .git} files
 * directly (no git binary): {@code HEAD}, loose refs and {@code packed-refs}, detached heads, and linked worktrees
 * or submodules whose {@code .git} is a file pointing elsewhere.
 */
public final class GitCommit {
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}([0-9a-f]{24})?");
    /** Symbolic refs rarely chain more than once; the bound stops a cycle of refs pointing at each other. */
    private static final int MAX_REF_DEPTH = 8;

    private GitCommit() {}

    /**
     * Returns the full commit id checked out in the repository containing {@code start} (walking up to the root),
     * or empty when there is no repository or its files cannot be read or make no sense.
     */
    public static Optional<String> of(Path start) {
        if (start == null) return Optional.empty();
        try {
            for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
                Path dotGit = dir.resolve(".git");
                if (Files.isDirectory(dotGit)) return headOf(dotGit);
                if (Files.isRegularFile(dotGit)) {
                    Optional<Path> linked = linkedGitDir(dotGit);
                    return linked.isPresent() ? headOf(linked.get()) : Optional.empty();
                }
            }
        } catch (IOException | RuntimeException e) {
            // Unreadable or odd repository: the commit is simply unknown.
        }
        return Optional.empty();
    }

    /** A worktree or submodule has a .git file holding "gitdir: PATH", relative to the file's directory. */
    private static Optional<Path> linkedGitDir(Path dotGitFile) throws IOException {
        String text = read(dotGitFile);
        if (!text.startsWith("gitdir:")) return Optional.empty();
        Path target = Path.of(text.substring("gitdir:".length()).trim());
        Path resolved = dotGitFile.getParent().resolve(target).normalize();
        return Files.isDirectory(resolved) ? Optional.of(resolved) : Optional.empty();
    }

    private static Optional<String> headOf(Path gitDir) throws IOException {
        Path head = gitDir.resolve("HEAD");
        if (!Files.isRegularFile(head)) return Optional.empty();
        return resolve(read(head), gitDir, commonDir(gitDir), 0);
    }

    /** A linked worktree keeps HEAD in its own directory and shares refs through the directory named in commondir. */
    private static Path commonDir(Path gitDir) throws IOException {
        Path commondir = gitDir.resolve("commondir");
        if (!Files.isRegularFile(commondir)) return gitDir;
        return gitDir.resolve(read(commondir)).normalize();
    }

    private static Optional<String> resolve(String content, Path gitDir, Path commonDir, int depth) throws IOException {
        if (SHA.matcher(content).matches()) return Optional.of(content);
        if (!content.startsWith("ref:") || depth >= MAX_REF_DEPTH) return Optional.empty();
        String ref = content.substring("ref:".length()).trim();
        if (ref.contains("..")) return Optional.empty();
        for (Path base : new Path[] {gitDir, commonDir}) {
            Path loose = base.resolve(ref);
            if (Files.isRegularFile(loose)) return resolve(read(loose), gitDir, commonDir, depth + 1);
        }
        return packed(commonDir.resolve("packed-refs"), ref);
    }

    /** packed-refs lines are "SHA REFNAME"; '#' starts the header and '^' the peeled target of the tag above. */
    private static Optional<String> packed(Path packedRefs, String ref) throws IOException {
        if (!Files.isRegularFile(packedRefs)) return Optional.empty();
        for (String line : Files.readAllLines(packedRefs, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.startsWith("^")) continue;
            int space = line.indexOf(' ');
            if (space > 0 && line.substring(space + 1).trim().equals(ref)) {
                String sha = line.substring(0, space);
                return SHA.matcher(sha).matches() ? Optional.of(sha) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).trim();
    }
}
