package io.modelcards.server.ui.view;

import java.util.List;

/**
 * A version's card page (for now: the state, the moves the visitor may make and the rendered card).
 *
 * @param chrome    the layout's data
 * @param model     the model's name
 * @param version   the version
 * @param state     its workflow state
 * @param revision  the current card's content hash, or null before the first upload
 * @param cardHtml  the card rendered by the sanitized card renderer (the body of its HTML), or null without a card
 * @param modelHref the model page's URL
 * @param moves     the workflow moves offered
 * @param review    the review panel, or null for an anonymous visitor
 */
public record CardPageView(Chrome chrome, String model, String version, String state, String revision, String cardHtml,
                           String modelHref, List<MoveForm> moves, ReviewView review) {
    /** Copies the list. */
    public CardPageView {
        moves = List.copyOf(moves);
    }
}
