package io.modelcards.server.internal.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.ContentHash;
import io.modelcards.render.card.OutputFormat;
import io.modelcards.server.problem.ApiException;
import io.modelcards.testing.Fixtures;
import org.junit.jupiter.api.Test;

class RenderedCardsTest {
    private final ModelCard card = Fixtures.card("classifier-sentiment");
    private final ContentHash hash = ContentHash.of(card);

    @Test
    void eachFormatRendersWithItsMediaType() {
        RenderedCards cards = new RenderedCards(8);
        assertThat(cards.get(hash, card, OutputFormat.JSON).contentType()).isEqualTo("application/json;charset=utf-8");
        assertThat(cards.get(hash, card, OutputFormat.MD).text()).startsWith("---");
        RenderedCards.Rendered html = cards.get(hash, card, OutputFormat.HTML);
        assertThat(html.contentType()).isEqualTo("text/html;charset=utf-8");
        assertThat(html.text()).contains("<html").doesNotContain("<script");
    }

    @Test
    void aSecondRequestIsServedFromTheCache() {
        RenderedCards cards = new RenderedCards(8);
        RenderedCards.Rendered first = cards.get(hash, card, OutputFormat.HTML);
        assertThat(cards.holds(hash, OutputFormat.HTML)).isTrue();
        assertThat(cards.holds(hash, OutputFormat.MD)).isFalse();
        assertThat(cards.get(hash, card, OutputFormat.HTML)).isSameAs(first);
    }

    @Test
    void aCachedRenderingIsServedWithoutReadingTheCard() {
        RenderedCards cards = new RenderedCards(8);
        cards.get(hash, card, OutputFormat.MD);
        RenderedCards.Rendered again = cards.get(hash, OutputFormat.MD, () -> {
            throw new AssertionError("the card was read although its rendering was cached");
        });
        assertThat(again.text()).startsWith("---");
    }

    @Test
    void theCacheDropsTheLeastRecentlyUsedRenderingBeyondItsBound() {
        RenderedCards cards = new RenderedCards(2);
        cards.get(hash, card, OutputFormat.JSON);
        cards.get(hash, card, OutputFormat.MD);
        cards.get(hash, card, OutputFormat.JSON);
        cards.get(hash, card, OutputFormat.HTML);
        assertThat(cards.size()).isEqualTo(2);
        assertThat(cards.holds(hash, OutputFormat.MD)).isFalse();
        assertThat(cards.holds(hash, OutputFormat.JSON)).isTrue();
    }

    @Test
    void anUnknownFormatIsABadRequest() {
        assertThat(RenderedCards.format(null)).isEqualTo(OutputFormat.JSON);
        assertThat(RenderedCards.format("md")).isEqualTo(OutputFormat.MD);
        assertThatThrownBy(() -> RenderedCards.format("pdf")).isInstanceOf(ApiException.class).hasMessageContaining("pdf");
    }
}
