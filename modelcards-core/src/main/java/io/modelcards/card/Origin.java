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
     * @param author who wrote it, when known
     * @param file   where it was written (a README or card file), when known
     * @param at     when it was written, as an ISO-8601 UTC instant ({@code 2026-12-05T22:08:15Z}), when known (since 1.2)
     */
    record Human(String author, String file, String at) implements Origin {
        public Human {
            if (at != null) {
                try {
                    Instant.parse(at);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("provenance time \"" + at + "\" is not an ISO-8601 instant: write it like "
                            + "2026-12-05T22:08:15Z");
                }
            }
        }

        /** A person's text whose time of writing is not known. */
        public Human(String author, String file) {
            this(author, file, null);
        }
    }
}
