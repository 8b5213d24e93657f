package io.modelcards.card;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * How the model is meant to be used (Mitchell et al. §4.2), in Markdown.
 *
 * <p>{@link IntendedUseBuilder} builds one by naming each value; {@code withOutOfScopeUse(…)} and the other withers change one value.
 *
 * @param directUse      use without fine-tuning or plugging into a larger system
 * @param downstreamUse  use when fine-tuned or built into a larger system
 * @param outOfScopeUse  uses the model will not work well for, or must not be put to
 * @param primaryUsers   who the intended users are
 */
@RecordBuilder
public record IntendedUse(String directUse, String downstreamUse, String outOfScopeUse, String primaryUsers)
        implements IntendedUseBuilder.With {
    public static final IntendedUse EMPTY = IntendedUseBuilder.builder().build();
}
