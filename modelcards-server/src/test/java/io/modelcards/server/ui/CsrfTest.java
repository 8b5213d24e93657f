package io.modelcards.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsrfTest {
    private static final String OWN = "http://127.0.0.1:8080";
    private static final String TOKEN = "session-a-token";

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("no token sent", TOKEN, null, OWN, "same-origin", "out of date"),
                Arguments.of("a wrong token", TOKEN, "guess", OWN, "same-origin", "out of date"),
                Arguments.of("another session's token", TOKEN, "session-b-token", OWN, "same-origin", "out of date"),
                Arguments.of("a token one character short", TOKEN, TOKEN.substring(1), OWN, "same-origin", "out of date"),
                Arguments.of("no session", null, TOKEN, OWN, "same-origin", "session has ended"),
                Arguments.of("another origin", TOKEN, TOKEN, "http://evil.example", "same-origin", "another site"),
                Arguments.of("another port", TOKEN, TOKEN, "http://127.0.0.1:9090", null, "another site"),
                Arguments.of("a cross-site fetch", TOKEN, TOKEN, null, "cross-site", "another site"),
                Arguments.of("a same-site but other-origin fetch", TOKEN, TOKEN, null, "same-site", "another site"),
                Arguments.of("an opaque origin without Sec-Fetch-Site", TOKEN, TOKEN, "null", null, "another site"),
                Arguments.of("an opaque origin from another site", TOKEN, TOKEN, "null", "cross-site", "another site"));
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("refused")
    void aPostIsRefusedWithAReasonThatSaysWhatToDo(String why, String expected, String presented, String origin,
                                                    String fetchSite, String reason) {
        assertThat(Csrf.refusal(expected, presented, origin, fetchSite, OWN)).hasValueSatisfying(r -> assertThat(r).contains(reason));
    }

    @ParameterizedTest(name = "origin {0}, Sec-Fetch-Site {1}")
    @MethodSource("admitted")
    void theSessionsOwnTokenFromThisSiteIsAdmitted(String origin, String fetchSite) {
        assertThat(Csrf.refusal(TOKEN, TOKEN, origin, fetchSite, OWN)).isEmpty();
    }

    static Stream<Arguments> admitted() {
        return Stream.of(Arguments.of(OWN, "same-origin"), Arguments.of(null, null), Arguments.of(OWN, null),
                Arguments.of("HTTP://127.0.0.1:8080", "same-origin"), Arguments.of("null", "same-origin"));
    }
}
