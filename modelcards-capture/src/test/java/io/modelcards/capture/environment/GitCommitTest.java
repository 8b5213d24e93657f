package io.modelcards.capture.environment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitCommitTest {
    private static final String SHA_A = "0123456789abcdef0123456789abcdef01234567";
    private static final String SHA_B = "89abcdef0123456789abcdef0123456789abcdef";

    @TempDir Path root;

    private Path repo(String head) throws IOException {
        Path git = Files.createDirectories(root.resolve("repo/.git"));
        Files.writeString(git.resolve("HEAD"), head);
        return root.resolve("repo");
    }

    @Test
    void aBranchHeadResolvesThroughItsLooseRef() throws IOException {
        Path repo = repo("ref: refs/heads/main\n");
        Files.createDirectories(repo.resolve(".git/refs/heads"));
        Files.writeString(repo.resolve(".git/refs/heads/main"), SHA_A + "\n");

        assertThat(GitCommit.of(repo)).contains(SHA_A);
    }

    @Test
    void theSearchWalksUpFromANestedDirectory() throws IOException {
        Path repo = repo("ref: refs/heads/main\n");
        Files.createDirectories(repo.resolve(".git/refs/heads"));
        Files.writeString(repo.resolve(".git/refs/heads/main"), SHA_A + "\n");
        Path nested = Files.createDirectories(repo.resolve("src/main/java"));

        assertThat(GitCommit.of(nested)).contains(SHA_A);
    }

    @Test
    void aRefOnlyInPackedRefsIsFoundThereSkippingCommentsAndPeeledLines() throws IOException {
        Path repo = repo("ref: refs/heads/release\n");
        Files.writeString(repo.resolve(".git/packed-refs"), "# pack-refs with: peeled fully-peeled sorted\n"
                + SHA_B + " refs/tags/v1\n^" + SHA_B + "\n" + SHA_A + " refs/heads/release\n");

        assertThat(GitCommit.of(repo)).contains(SHA_A);
    }

    @Test
    void aDetachedHeadIsTheCommitItself() throws IOException {
        assertThat(GitCommit.of(repo(SHA_B + "\n"))).contains(SHA_B);
    }

    @Test
    void aLinkedWorktreeReadsItsOwnHeadAndTheSharedRefs() throws IOException {
        Path main = repo("ref: refs/heads/main\n");
        Path admin = Files.createDirectories(main.resolve(".git/worktrees/feature"));
        Files.writeString(admin.resolve("HEAD"), "ref: refs/heads/feature\n");
        Files.writeString(admin.resolve("commondir"), "../..\n");
        Files.writeString(main.resolve(".git/packed-refs"), SHA_B + " refs/heads/feature\n");
        Path worktree = Files.createDirectories(root.resolve("feature-tree"));
        Files.writeString(worktree.resolve(".git"), "gitdir: ../repo/.git/worktrees/feature\n");

        assertThat(GitCommit.of(worktree)).contains(SHA_B);
    }

    @Test
    void aDirectoryOutsideAnyRepositoryHasNoCommit() throws IOException {
        Path plain = Files.createDirectories(root.resolve("plain"));

        // The temp directory lies outside any repository on a normal build machine.
        assertThat(GitCommit.of(plain)).isEmpty();
    }

    @Test
    void aRefThatPointsNowhereGivesNoCommitInsteadOfFailing() throws IOException {
        assertThat(GitCommit.of(repo("ref: refs/heads/gone\n"))).isEmpty();
    }

    @Test
    void aCycleOfSymbolicRefsEndsWithNoCommit() throws IOException {
        Path repo = repo("ref: refs/heads/a\n");
        Files.createDirectories(repo.resolve(".git/refs/heads"));
        Files.writeString(repo.resolve(".git/refs/heads/a"), "ref: refs/heads/b\n");
        Files.writeString(repo.resolve(".git/refs/heads/b"), "ref: refs/heads/a\n");

        assertThat(GitCommit.of(repo)).isEmpty();
    }

    @Test
    void aWorktreeFileWithoutGitdirGivesNoCommit() throws IOException {
        Path tree = Files.createDirectories(root.resolve("broken"));
        Files.writeString(tree.resolve(".git"), "not a gitdir line\n");

        assertThat(GitCommit.of(tree)).isEmpty();
    }
}
