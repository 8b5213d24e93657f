package io.modelcards.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.registry.MovingClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionsTest {
    private static final String TOKEN = "mc_secret-token-value";

    @Test
    void aSessionIsFoundByItsIdWithItsTokenAndCsrfToken() {
        Sessions sessions = new Sessions(Clock.systemUTC());
        Sessions.Opened opened = sessions.open(TOKEN);
        Session found = sessions.find(opened.id()).orElseThrow();
        assertThat(found.token()).isEqualTo(TOKEN);
        assertThat(found.csrf()).isEqualTo(opened.session().csrf()).isNotEqualTo(opened.id());
    }

    @Test
    void twoSessionsOfOneTokenHaveDifferentIdsAndCsrfTokens() {
        Sessions sessions = new Sessions(Clock.systemUTC());
        Sessions.Opened a = sessions.open(TOKEN);
        Sessions.Opened b = sessions.open(TOKEN);
        assertThat(a.id()).isNotEqualTo(b.id());
        assertThat(a.session().csrf()).isNotEqualTo(b.session().csrf());
    }

    @Test
    void anIdHas256RandomBits() {
        String id = new Sessions(Clock.systemUTC()).open(TOKEN).id();
        assertThat(id).hasSize(43).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void anUnknownOrAlteredIdFindsNothing() {
        Sessions sessions = new Sessions(Clock.systemUTC());
        String id = sessions.open(TOKEN).id();
        assertThat(sessions.find("x" + id.substring(1))).isEmpty();
        assertThat(sessions.find("")).isEmpty();
        assertThat(sessions.find(null)).isEmpty();
    }

    @Test
    void aClosedSessionIsGone() {
        Sessions sessions = new Sessions(Clock.systemUTC());
        String id = sessions.open(TOKEN).id();
        sessions.close(id);
        assertThat(sessions.find(id)).isEmpty();
        assertThat(sessions.size()).isZero();
    }

    @Test
    void aSessionEndsAfterItsLifetime() {
        MovingClock clock = new MovingClock(Instant.parse("2026-12-06T12:00:00Z"));
        Sessions sessions = new Sessions(clock);
        String id = sessions.open(TOKEN).id();
        clock.advance(Sessions.LIFETIME.minusSeconds(1));
        assertThat(sessions.find(id)).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(sessions.find(id)).isEmpty();
        assertThat(sessions.size()).isZero();
    }

    @Test
    void openingASessionDropsTheExpiredOnes() {
        MovingClock clock = new MovingClock(Instant.parse("2026-12-06T12:00:00Z"));
        Sessions sessions = new Sessions(clock);
        sessions.open(TOKEN);
        clock.advance(Sessions.LIFETIME);
        sessions.open(TOKEN);
        assertThat(sessions.size()).isEqualTo(1);
    }

    @Test
    void neitherTheSessionNorItsOpeningPrintsItsSecrets() {
        Sessions.Opened opened = new Sessions(Clock.systemUTC()).open(TOKEN);
        assertThat(opened.toString()).doesNotContain(TOKEN).doesNotContain(opened.id()).doesNotContain(opened.session().csrf());
    }
}
