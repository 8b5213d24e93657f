package io.modelcards.registry.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcards.registry.db.Database;
import io.modelcards.registry.db.StorageTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokensTest {
    private static final Instant T0 = Instant.parse("2026-12-06T05:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    @StorageTest
    void anIssuedTokenAuthenticatesItsUser(Database db) {
        new Users(db, CLOCK).add("ann", Role.AUTHOR);
        Tokens tokens = new Tokens(db, CLOCK);
        NewToken issued = tokens.issue("ann", null);
        assertThat(issued.token()).matches("mc_[A-Za-z0-9_-]{43}");
        assertThat(tokens.authenticate(issued.token())).hasValueSatisfying(u -> assertThat(u.name()).isEqualTo("ann"));
    }

    @StorageTest
    void theTableHoldsTheTokensSha256AndNeverItsText(Database db) {
        new Users(db, CLOCK).add("ann", Role.AUTHOR);
        NewToken issued = new Tokens(db, CLOCK).issue("ann", null);
        List<Map<String, Object>> rows = db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM tokens").mapToMap().list());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("hash")).isEqualTo(Tokens.sha256(issued.token()));
        String secretPart = issued.token().substring(Tokens.PREFIX.length());
        assertThat(rows.get(0).values()).allSatisfy(v -> assertThat(String.valueOf(v)).doesNotContain(secretPart));
    }

    @StorageTest
    void aTokenIsAcceptedUntilItsExpiryAndRefusedFromThen(Database db) {
        new Users(db, CLOCK).add("ann", Role.AUTHOR);
        NewToken issued = new Tokens(db, CLOCK).issue("ann", T0.plus(Duration.ofHours(1)));
        Tokens justBefore = new Tokens(db, Clock.fixed(T0.plus(Duration.ofMinutes(59)), ZoneOffset.UTC));
        Tokens atExpiry = new Tokens(db, Clock.fixed(T0.plus(Duration.ofHours(1)), ZoneOffset.UTC));
        assertThat(justBefore.authenticate(issued.token())).isPresent();
        assertThat(atExpiry.authenticate(issued.token())).isEmpty();
    }

    @StorageTest
    void aRevokedTokenIsRefusedWhileTheUsersOtherTokensStillWork(Database db) {
        new Users(db, CLOCK).add("ann", Role.AUTHOR);
        Tokens tokens = new Tokens(db, CLOCK);
        NewToken revoked = tokens.issue("ann", null);
        NewToken kept = tokens.issue("ann", null);
        assertThat(tokens.revoke(revoked.id())).isTrue();
        assertThat(tokens.authenticate(revoked.token())).isEmpty();
        assertThat(tokens.authenticate(kept.token())).isPresent();
        assertThat(tokens.list("ann")).extracting(TokenInfo::revokedAt).containsExactly(T0, null);
    }

    @StorageTest
    void revokingTwiceReportsThatNothingChanged(Database db) {
        new Users(db, CLOCK).add("ann", Role.AUTHOR);
        Tokens tokens = new Tokens(db, CLOCK);
        NewToken issued = tokens.issue("ann", null);
        tokens.revoke(issued.id());
        assertThat(tokens.revoke(issued.id())).isFalse();
    }

    @StorageTest
    void aDisabledUsersTokensAreRefused(Database db) {
        Users users = new Users(db, CLOCK);
        users.add("ann", Role.ADMIN);
        Tokens tokens = new Tokens(db, CLOCK);
        NewToken issued = tokens.issue("ann", null);
        users.disable("ann");
        assertThat(tokens.authenticate(issued.token())).isEmpty();
        assertThatThrownBy(() -> tokens.issue("ann", null))
                .isInstanceOfSatisfying(AuthException.class, e -> assertThat(e.code()).isEqualTo("auth/disabled-user"));
    }

    @StorageTest
    void anUnknownMalformedOrMissingTokenIsRefused(Database db) {
        new Users(db, CLOCK).add("ann", Role.AUTHOR);
        Tokens tokens = new Tokens(db, CLOCK);
        NewToken issued = tokens.issue("ann", null);
        String flipped = issued.token().substring(0, 10) + (issued.token().charAt(10) == 'A' ? 'B' : 'A') + issued.token().substring(11);
        assertThat(tokens.authenticate(flipped)).isEmpty();
        assertThat(tokens.authenticate(issued.token() + "x")).isEmpty();
        assertThat(tokens.authenticate("")).isEmpty();
        assertThat(tokens.authenticate(null)).isEmpty();
    }

    @StorageTest
    void aTokenForAnUnknownUserIsRefusedWithoutTheTokenInTheMessage(Database db) {
        Tokens tokens = new Tokens(db, CLOCK);
        assertThatThrownBy(() -> tokens.issue("ghost", null))
                .isInstanceOfSatisfying(AuthException.class, e -> assertThat(e.code()).isEqualTo("auth/unknown-user"))
                .hasMessageNotContaining("mc_");
    }

    @Test
    void aNewTokenNeverPrintsItsText() {
        String token = "mc_" + "x".repeat(43);
        NewToken issued = new NewToken(7, "ann", null, token);
        assertThat(issued.toString()).contains("ann").doesNotContain(token).doesNotContain("xxxx");
    }
}
