package io.modelcards.card;

import java.util.List;

/**
 * Values in a column that look like personal data or secrets.
 *
 * @param column    where they were found
 * @param kind      email, phone, iban, card-number or secret
 * @param count     values with at least one finding of this kind
 * @param locations the first few places, as {@code path:line}
 */
public record PrivacyFinding(String column, String kind, long count, List<String> locations) {
    public PrivacyFinding {
        locations = Lists.copy(locations);
    }
}
