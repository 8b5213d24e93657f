package io.modelcards.cli;

import io.modelcards.card.Hyperparameters;
import io.modelcards.card.ModelCard;
import io.modelcards.codec.LoadedCard;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.merge.CardMerge;
import io.modelcards.merge.Decision;
import io.modelcards.merge.MergeOptions;
import io.modelcards.merge.MergeResult;
import io.modelcards.staleness.Staleness;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The card a retrained demo run merges into ({@code demo --previous DIR}): DIR's README.md, read as any card, and the
 * merge of a new capture into it ({@link CardMerge}), whose warnings are printed against that README.
 *
 * @param readme the README the previous card was read from
 * @param card   the previous card
 */
record PreviousCard(Path readme, ModelCard card) {
    /** The seed the demo uses when none is given and no previous run names one. */
    static final long FIRST_SEED = 42;

    /** Reads DIR/README.md; a missing or invalid one ends the command with exit 3, its warnings printed on {@code err}. */
    static PreviousCard read(Path dir, PrintWriter err) {
        Path readme = dir.resolve("README.md");
        LoadedCard loaded = CardFiles.load(readme, false);
        CardFiles.printProblems(loaded.problems(), err);
        return new PreviousCard(readme, loaded.card());
    }

    /**
     * The seed of the next run: one more than the seed the previous run recorded in its hyperparameters, so that a
     * retrain sees new data (as a nightly job on fresh data would); one more than {@value #FIRST_SEED} when it recorded
     * none.
     */
    long nextSeed() {
        Hyperparameters h = card.training().hyperparameters();
        Object seed = h == null ? null : h.all().get("seed");
        return (seed instanceof Number n ? n.longValue() : FIRST_SEED) + 1;
    }

    /** {@code captured} merged into this card; each merge warning is printed on {@code err}, located in the README. */
    ModelCard merge(ModelCard captured, PrintWriter err) {
        MergeResult result;
        try {
            result = CardMerge.merge(captured, card, MergeOptions.DEFAULT);
        } catch (InvalidInputException e) {
            throw new CliFailure(ExitCode.INVALID, e.problems().stream().map(d -> d.inFile(readme.toString())).toList());
        }
        CardFiles.printProblems(result.problems().stream().map(d -> d.inFile(readme.toString())).toList(), err);
        long kept = result.decisions().stream().filter(d -> d.from() == Decision.From.PREVIOUS).count();
        int stale = Staleness.of(result.card()).size();
        err.println("modelcards demo: merged into " + readme + ": " + kept + " fields kept from the previous card, "
                + (result.decisions().size() - kept) + " from the new run; " + stale + " fields a person wrote are stale"
                + (stale == 0 ? "" : " (modelcards validate --rules review lists them; confirm or edit each)"));
        err.flush();
        return result.card();
    }

}
