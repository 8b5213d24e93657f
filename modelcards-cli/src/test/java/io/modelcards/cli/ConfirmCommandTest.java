package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.codec.CardCodec;
import io.modelcards.staleness.Staleness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code modelcards confirm}: a person's stale field confirmed against the card's current facts, its text unchanged,
 * and refusals that write nothing. The stale field is made the way it happens: text written, then a fact changed.
 */
class ConfirmCommandTest {
    static final String LATER = "2026-12-06T06:00:00Z";
    static final String STALE = "/uses/direct_use was written against facts that changed (Accuracy 0.881 → 0.85)";

    @TempDir
    Path tmp;

    Path card;

    @BeforeEach
    void aCardWithAStaleField() {
        card = tmp.resolve("card.json");
        assertThat(Cli.run("convert", CommandsTest.EXAMPLE.toString(), "-o", card.toString()).exitCode()).isZero();
        makeStale(card);
    }

    /** Alice writes /uses/direct_use, then the accuracy it was written against changes. */
    static void makeStale(Path card) {
        assertThat(Cli.run("set", card.toString(), "/uses/direct_use=Dashboards.", "--by", "alice", "--at", SetCommandTest.AT)
                .exitCode()).isZero();
        assertThat(Cli.run("set", card.toString(), "/metadata/eval_results/0/metric_value=0.85", "--by", "alice", "--at",
                SetCommandTest.AT).exitCode()).isZero();
    }

    @Test
    void confirmingAStaleFieldSaysWhyItWasStaleAndClearsIt() throws Exception {
        assertThat(Cli.run("validate", "--rules", "review", card.toString()).err()).contains(STALE);
        Cli.Run r = Cli.run("confirm", card.toString(), "--field", "/uses/direct_use", "--by", "bob", "--at", LATER);
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("confirmed /uses/direct_use (was stale: Accuracy 0.881 → 0.85)\nwrote " + card + "\n");
        assertThat(Staleness.of(SetCommandTest.read(card))).isEmpty();
    }

    @Test
    void theReviewPackFailsBeforeAndPassesAfter() {
        assertThat(Cli.run("validate", "--rules", "review", card.toString()).exitCode()).isEqualTo(3);
        assertThat(Cli.run("confirm", card.toString(), "--field", "/uses/direct_use", "--by", "bob").exitCode()).isZero();
        Cli.Run after = Cli.run("validate", "--rules", "review", card.toString());
        assertThat(after.exitCode()).isZero();
        assertThat(after.err()).doesNotContain("review/stale");
    }

    @Test
    void theTextAndItsAuthorStayAndTheConfirmationIsRecorded() throws Exception {
        ModelCard before = SetCommandTest.read(card);
        assertThat(Cli.run("confirm", card.toString(), "--field", "/uses/direct_use", "--by", "bob", "--at", LATER).exitCode()).isZero();
        ModelCard after = SetCommandTest.read(card);
        assertThat(after.uses()).isEqualTo(before.uses());
        assertThat(after.withProvenance(before.provenance())).isEqualTo(before);
        Origin.Human h = (Origin.Human) after.provenance().originOf("/uses/direct_use");
        assertThat(List.of(h.author(), h.at())).containsExactly("alice", SetCommandTest.AT);
        assertThat(h.confirmed()).isEqualTo(new Origin.Confirmation("bob", LATER));
    }

    @Test
    void aFieldThatWasNotStaleIsConfirmedAndSaysSo() {
        assertThat(Cli.run("set", card.toString(), "/uses/out_of_scope_use=Medical text.", "--by", "alice").exitCode()).isZero();
        Cli.Run r = Cli.run("confirm", card.toString(), "--field", "/uses/out_of_scope_use", "--by", "bob", "--at", LATER);
        assertThat(r.out()).startsWith("confirmed /uses/out_of_scope_use (was not stale)\n");
    }

    @Test
    void aFieldNoPersonWroteIsRefusedAndNothingIsWritten() throws Exception {
        byte[] before = Files.readAllBytes(card);
        Cli.Run r = Cli.run("confirm", card.toString(), "--field", "/uses/direct_use", "--field", "/details/version", "--by", "bob");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo(card + ":0:0: error: /details/version holds no text a person wrote, so there is nothing to "
                + "confirm: confirm a field that a person wrote, e.g. one that validate --rules review reports as stale "
                + "[confirm/not-human]\n");
        assertThat(Files.readAllBytes(card)).isEqualTo(before);
    }

    @Test
    void withOutputTheCardIsLeftAloneAndTheConfirmedCardWritten() throws Exception {
        byte[] before = Files.readAllBytes(card);
        Path out = tmp.resolve("confirmed.json");
        assertThat(Cli.run("confirm", card.toString(), "--field", "/uses/direct_use", "--by", "bob", "-o", out.toString()).exitCode())
                .isZero();
        assertThat(Files.readAllBytes(card)).isEqualTo(before);
        assertThat(Staleness.of(CardCodec.fromJson(Files.readString(out), out.toString()))).isEmpty();
    }

    @Test
    void fieldAndByAreRequired() {
        assertThat(Cli.run("confirm", card.toString(), "--by", "bob").err()).startsWith("modelcards: Missing required option: "
                + "'--field=POINTER'");
        assertThat(Cli.run("confirm", card.toString(), "--field", "/uses/direct_use").exitCode()).isEqualTo(2);
    }
}
