package io.modelcards.registry.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.ContentHash;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommentTest {
    private static final ContentHash REV = ContentHash.of(ModelCard.empty());
    private static final Instant AT = Instant.parse("2026-12-06T05:00:00Z");
    private static final Comment THREAD = comment(1, "/uses/out_of_scope_use", null, "Name the populations it must not score.");

    private static Comment comment(long id, String pointer, Long parent, String text) {
        return new Comment(id, "bob", REV, pointer, null, parent, text, false, AT);
    }

    @Test
    void aCommentAnchoredToAFieldAndAReplyToIt() {
        assertThat(THREAD.refusals(List.of())).isEmpty();
        assertThat(comment(2, null, 1L, "Done in the next revision.").refusals(List.of(THREAD))).isEmpty();
    }

    @Test
    void pointersWithEscapesAreFieldPointers() {
        assertThat(comment(3, "/governance/custom_fields/a~1b~0c", null, "ok").refusals(List.of())).isEmpty();
    }

    @Test
    void aPointerOfTheWrongShapeIsRefused() {
        for (String bad : List.of("uses/direct_use", "", "/", "/uses//x", "/a~2b")) {
            assertThat(comment(4, bad, null, "text").refusals(List.of())).as(bad)
                    .extracting(Refusal::code).containsExactly("comment/pointer-shape");
        }
    }

    @Test
    void aReplyToACommentThatDoesNotExistIsRefusedNamingIt() {
        assertThat(comment(5, null, 9L, "me too").refusals(List.of(THREAD))).containsExactly(new Refusal("comment/parent-unknown",
                "there is no comment 9 on this version to reply to: reply to one of its comments, or start a new thread"));
    }

    @Test
    void anEmptyCommentIsRefused() {
        assertThat(comment(6, null, null, "  ").refusals(List.of())).extracting(Refusal::code).containsExactly("comment/text-required");
    }
}
