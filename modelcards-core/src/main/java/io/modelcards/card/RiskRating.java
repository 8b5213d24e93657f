package io.modelcards.card;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How much harm the model could do if it fails; written lower-case in every format. */
public enum RiskRating {
    HIGH, MEDIUM, LOW, UNKNOWN;

    @JsonValue
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the lower- or upper-case name; rejects anything else with the allowed values in the message. */
    @JsonCreator
    public static RiskRating parse(String s) {
        for (RiskRating r : values()) {
            if (r.name().equalsIgnoreCase(s)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown risk rating '" + s + "': use high, medium, low or unknown");
    }
}
