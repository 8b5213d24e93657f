package io.modelcards.card;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * Bias, risks, limitations and what to do about them (Mitchell et al. §4.8–4.9).
 *
 * <p>{@link ConsiderationsBuilder} builds one by naming each value; {@code withCaveats(…)} and the other withers change one value.
 *
 * @param biasRisksLimitations Markdown text of the HF "Bias, Risks, and Limitations" section
 * @param recommendations      Markdown text of the HF "Recommendations" section
 * @param ethicalConsiderations each risk with its mitigation
 * @param caveats              caveats and further recommendations, Markdown
 */
@RecordBuilder
public record Considerations(String biasRisksLimitations, String recommendations, List<Risk> ethicalConsiderations, String caveats)
        implements ConsiderationsBuilder.With {
    public static final Considerations EMPTY = ConsiderationsBuilder.builder().build();

    public Considerations {
        ethicalConsiderations = Lists.copy(ethicalConsiderations);
    }

    /** A named risk and how it is mitigated. */
    public record Risk(String name, String mitigation) {}
}
