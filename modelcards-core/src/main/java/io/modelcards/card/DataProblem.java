package io.modelcards.card;

import java.util.List;

/**
 * One kind of bad input met while scanning a dataset.
 *
 * @param code     stable problem code, e.g. {@code profile/ragged-row}
 * @param severity error or warning
 * @param count    how many times it occurred
 * @param examples the first few occurrences as {@code path:line:col: severity: message}
 */
public record DataProblem(String code, String severity, long count, List<String> examples) {
    public DataProblem {
        examples = Lists.copy(examples);
    }
}
