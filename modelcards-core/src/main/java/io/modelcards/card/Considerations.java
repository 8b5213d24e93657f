package io.modelcards.card;

import java.util.List;

/**
 * Bias, risks, limitations and what to do about them (Mitchell et al. §4.8–4.9).
 *
 * @param biasRisksLimitations Markdown text of the HF "Bias, Risks, and Limitations" section
 * @param recommendations      Markdown text of the HF "Recommendations" section
 * @param ethicalConsiderations each risk with its mitigation
 * @param caveats              caveats and further recommendations, Markdown
 */
public record Considerations(String biasRisksLimitations, String recommendations, List<Risk> ethicalConsiderations, String caveats) {
    public static final Considerations EMPTY = new Considerations(null, null, null, null);

    public Considerations {
        ethicalConsiderations = Lists.copy(ethicalConsiderations);
    }

    /** A named risk and how it is mitigated. */
    public record Risk(String name, String mitigation) {}
}
