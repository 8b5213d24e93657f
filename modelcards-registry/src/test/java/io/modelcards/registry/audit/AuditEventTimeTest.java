package io.modelcards.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AuditEventTimeTest {
    @Test
    void aTimeIsAcceptedExactlyWhenInstantParseAcceptsIt() {
        Random random = new Random(11);
        int accepted = 0;
        for (int i = 0; i < 200_000; i++) {
            // Fields at and around their limits: month 00-13, day 00-32, hour 00-25, minute and second 00-61.
            String at = String.format("%04d-%02d-%02dT%02d:%02d:%02d%sZ", pick(random, 0, 2100, 2400, 9999), random.nextInt(14),
                    random.nextInt(33), random.nextInt(26), random.nextInt(62), random.nextInt(62),
                    random.nextBoolean() ? "" : "." + "0123456789".substring(0, 1 + random.nextInt(9)));
            boolean expected = instantParses(at);
            assertThat(AuditEvent.parses(at)).as(at).isEqualTo(expected);
            accepted += expected ? 1 : 0;
        }
        assertThat(accepted).as("times accepted of 200,000").isBetween(10_000, 190_000);
    }

    @Test
    void theEndOfADayAndALeapSecondAreAcceptedAsInstantParseDoes() {
        for (String at : new String[] {"2026-12-06T24:00:00Z", "2026-12-31T23:59:60Z", "2026-12-06T24:00:01Z", "2026-12-06T12:00:60Z"}) {
            assertThat(AuditEvent.parses(at)).as(at).isEqualTo(instantParses(at));
        }
    }

    private static int pick(Random random, int... years) {
        return random.nextInt(4) == 0 ? random.nextInt(10_000) : years[random.nextInt(years.length)];
    }

    private static boolean instantParses(String at) {
        try {
            Instant.parse(at);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
