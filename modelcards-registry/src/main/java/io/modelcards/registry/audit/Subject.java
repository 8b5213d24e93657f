package io.modelcards.registry.audit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.modelcards.codec.ContentHash;

/**
 * What an audit event is about: a model, one of its versions and a card revision, any of which may be absent (a user's
 * creation has no subject; a model's creation no revision).
 *
 * @param model    the model's name, or null
 * @param version  the model version as users write it ({@code 1.2.0}), or null
 * @param revision the revision's content hash as printed ({@code sha256:<64 hex>}), or null
 */
public record Subject(String model, String version, String revision) {
    /** Checks that no name is blank and that a revision is a printed content hash. */
    public Subject {
        requireNotBlank(model, "model");
        requireNotBlank(version, "version");
        if (revision != null) {
            ContentHash.parse(revision);
        }
    }

    /** The subject of a model version's revision. */
    public static Subject of(String model, String version, ContentHash revision) {
        return new Subject(model, version, revision == null ? null : revision.toString());
    }

    /** Whether nothing is named: such a subject is left out of the event. */
    @JsonIgnore
    public boolean isEmpty() {
        return model == null && version == null && revision == null;
    }

    private static void requireNotBlank(String value, String what) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException("an audit subject's " + what + " is absent or a name, not blank");
        }
    }
}
