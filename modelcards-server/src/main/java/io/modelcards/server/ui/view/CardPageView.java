package io.modelcards.server.ui.view;

import java.util.List;

/**
 * A version's card page: the rendered card beside its summary panel, the moves the visitor may make, the downloads and
 * the way to compare it with the version before.
 *
 * @param chrome      the layout's data
 * @param model       the model's name
 * @param version     the version
 * @param state       its workflow state
 * @param revision    the current card's content hash, or null before the first upload
 * @param cardHtml    the card rendered by the sanitized card renderer (the inside of its main element), or null without a card
 * @param modelHref   the model page's URL
 * @param moves       the workflow moves offered
 * @param summary     the summary panel, or null without a card
 * @param downloads   the card as README.md, HTML and JSON; empty without a card
 * @param compareHref the compare page's URL for this version and the one before it, or null without a card
 * @param review      the review panel, or null for an anonymous visitor
 */
public record CardPageView(Chrome chrome, String model, String version, String state, String revision, String cardHtml,
                           String modelHref, List<MoveForm> moves, CardSummary summary, List<Download> downloads,
                           String compareHref, ReviewView review) {
    /** Copies the lists. */
    public CardPageView {
        moves = List.copyOf(moves);
        downloads = List.copyOf(downloads);
    }
}
