package io.modelcards.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.registry.auth.NewToken;
import io.modelcards.registry.catalog.VersionEntry;
import io.modelcards.registry.db.StorageTest;
import io.modelcards.registry.db.TestDatabase;
import io.modelcards.registry.workflow.State;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.io.TempDir;

class ReadsFromMemoryTest {
    @TempDir
    Path home;
    @TempDir
    Path otherHome;

    @StorageTest
    void aTokenRevokedThroughTheRegistryIsRefusedAtOnce(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            NewToken token = s.registry.issueToken(s.ada, "vic", null);
            assertThat(s.registry.authenticate(token.token())).isPresent();
            s.registry.revokeToken(s.ada, token.id());
            assertThat(s.registry.authenticate(token.token())).isEmpty();
        }
    }

    @StorageTest
    void aTokenRevokedByAnotherRegistryOnTheSameDatabaseIsRefusedSoon(TestDatabase db) throws InterruptedException {
        try (Setup s = Setup.open(db, home);
                Registry other = Registry.open(RegistryConfig.defaults(otherHome).withJdbcUrl(db.jdbcUrl()).withClock(Setup.CLOCK))) {
            NewToken token = s.registry.issueToken(s.ada, "vic", null);
            assertThat(s.registry.authenticate(token.token())).isPresent();
            other.revokeToken(s.ada, token.id());
            Instant deadline = Instant.now().plusSeconds(5);
            while (s.registry.authenticate(token.token()).isPresent() && Instant.now().isBefore(deadline)) {
                Thread.sleep(20);
            }
            assertThat(s.registry.authenticate(token.token())).isEmpty();
        }
    }

    @StorageTest
    void aTokenAcceptedBeforeIsReadAgainOnceAnAdminChangeCommits(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            NewToken token = s.registry.issueToken(s.ada, "vic", null);
            assertThat(s.registry.authenticate(token.token())).isPresent();
            s.registry.users().disable("vic");
            s.registry.issueToken(s.ada, "ann", null);
            assertThat(s.registry.authenticate(token.token())).isEmpty();
        }
    }

    @StorageTest
    void aTokenPastItsExpiryIsRefusedThoughItWasAcceptedAMomentAgo(TestDatabase db) {
        MovingClock clock = new MovingClock(Setup.CLOCK.instant());
        try (Setup s = Setup.open(db, home, c -> c.withClock(clock))) {
            NewToken token = s.registry.issueToken(s.ada, "vic", clock.instant().plusSeconds(30));
            assertThat(s.registry.authenticate(token.token())).isPresent();
            clock.advance(Duration.ofSeconds(30));
            assertThat(s.registry.authenticate(token.token())).isEmpty();
        }
    }

    @StorageTest
    void aVersionReadFromMemoryShowsATransitionAtOnce(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            s.draft("m", "1.0.0");
            assertThat(s.registry.version("m", "1.0.0").state()).isEqualTo(State.DRAFT);
            s.registry.submit(s.ann, "m", "1.0.0", null);
            assertThat(s.registry.version("m", "1.0.0").state()).isEqualTo(State.IN_REVIEW);
        }
    }

    @StorageTest
    void aVersionCreatedAfterAFailedLookupIsFound(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            s.registry.createModel(s.ann, "m");
            Refused.by(() -> s.registry.version("m", "latest"), RegistryException.Kind.NOT_FOUND, "catalog/unknown-version");
            s.registry.createVersion(s.ann, "m", "1.0.0");
            assertThat(s.registry.version("m", "latest").version()).isEqualTo("1.0.0");
        }
    }

    @StorageTest
    void aWriteByAnotherRegistryOnTheSameDatabaseIsSeenSoon(TestDatabase db) throws InterruptedException {
        try (Setup s = Setup.open(db, home);
                Registry other = Registry.open(RegistryConfig.defaults(otherHome).withJdbcUrl(db.jdbcUrl()).withClock(Setup.CLOCK))) {
            s.draft("m", "1.0.0");
            assertThat(s.registry.version("m", "1.0.0").state()).isEqualTo(State.DRAFT);
            other.submit(s.ann, "m", "1.0.0", null);
            Instant deadline = Instant.now().plusSeconds(5);
            VersionEntry seen = s.registry.version("m", "1.0.0");
            while (seen.state() == State.DRAFT && Instant.now().isBefore(deadline)) {
                Thread.sleep(20);
                seen = s.registry.version("m", "1.0.0");
            }
            assertThat(seen.state()).isEqualTo(State.IN_REVIEW);
        }
    }
}
