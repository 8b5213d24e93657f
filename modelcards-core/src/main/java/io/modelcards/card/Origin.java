package io.modelcards.card;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Where a card value came from: captured by a machine or written by a person. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({@JsonSubTypes.Type(value = Origin.Auto.class, name = "auto"),
               @JsonSubTypes.Type(value = Origin.Human.class, name = "human")})
public sealed interface Origin {

    /** Captured automatically; {@code source} names what captured it, e.g. "capture:tribuo-evaluation" or "import:README.md". */
    record Auto(String source) implements Origin {}

    /** Written by a person; {@code author} is who, when known, and {@code file} where it was written. */
    record Human(String author, String file) implements Origin {}
}
