package io.modelcards.card;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Where a card value came from: captured by a machine or written by a person. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({@JsonSubTypes.Type(value = Origin.Auto.class, name = "auto"),
               @JsonSubTypes.Type(value = Origin.Human.class, name = "human")})
public sealed interface Origin {

    /** Captured automatically; {@code source} names what captured it, e.g. "capture:tribuo-evaluation" or "import:README.md". */
    record Auto(String source) implements Origin {}

    /**
     * Written by a person.
     *
     * @param author    who wrote it, when known
     * @param file      where it was written (a README or card file), when known
     * @param at        when it was written, as an ISO-8601 UTC instant ({@code 2026-12-05T22:08:15Z}), when known (since 1.2)
     * @param basis     the facts of the card the text was written against, or null when not known (since 1.3)
     * @param confirmed the last time a person re-read the text and said it still holds, or null (since 1.3)
     */
    record Human(String author, String file, String at, Facts basis, Confirmation confirmed) implements Origin {
        public Human {
            instant(at);
        }

        /** A person's text whose time of writing is known, but not the facts it was written against. */
        public Human(String author, String file, String at) {
            this(author, file, at, null, null);
        }

        /** A person's text whose time of writing is not known. */
        public Human(String author, String file) {
            this(author, file, null);
        }

        /** This text, recorded as written against {@code facts}. */
        public Human withBasis(Facts facts) {
            return new Human(author, file, at, facts, confirmed);
        }
    }

    /**
     * A person re-read a text and said it still holds for the card's facts (since 1.3).
     *
     * @param by who re-read it
     * @param at when, as an ISO-8601 UTC instant
     */
    record Confirmation(String by, String at) {
        public Confirmation {
            instant(at);
        }
    }

    private static void instant(String at) {
        if (at != null) {
            try {
                Instant.parse(at);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("provenance time \"" + at + "\" is not an ISO-8601 instant: write it like "
                        + "2026-12-05T22:08:15Z");
            }
        }
    }
}
