package io.modelcards.validate;

import io.modelcards.card.ModelCard;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.Severity;
import io.modelcards.diagnostic.SourceMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a card against rule packs and reports every problem as a {@link Diagnostic} located in the card's file.
 *
 * <p>Each rule reports at the JSON Pointer of the offending value in the card's JSON form
 * ({@code /metadata/eval_results/2/metric_type}); the {@link SourceMap} turns it into a line and column, and a
 * pointer it cannot place is reported at 1:1. Rule codes are stable: {@code schema/*}, {@code hf/*},
 * {@code complete/*}, {@code review/*} and {@code annex-iv/*}. The result is sorted by line and column and is the same for the same input.
 */
public final class Validator {
    private Validator() {}

    /**
     * Every problem the {@code schema} pack and the requested packs find in {@code card}.
     *
     * @param card    the card to check
     * @param where   where the card's values were written; {@link SourceMap#none(String)} when unknown
     * @param packs   the packs to run besides {@code schema}, which always runs
     * @param options settings such as the completeness threshold
     * @return the diagnostics, errors and warnings, sorted by position; empty when the card is clean
     */
    public static List<Diagnostic> validate(ModelCard card, SourceMap where, Set<RulePack> packs, ValidationOptions options) {
        Set<RulePack> run = EnumSet.of(RulePack.SCHEMA);
        run.addAll(packs);
        Findings findings = new Findings();
        for (RulePack p : run) {
            switch (p) {
                case SCHEMA -> SchemaRules.check(card, findings);
                case HF -> HfRules.check(card, findings);
                case COMPLETE -> CompleteRules.check(card, options.completenessThreshold(), findings);
                case REVIEW -> StaleRules.check(card, Severity.ERROR, "review/stale", findings);
                case ANNEX_IV -> AnnexIvRules.check(AnnexIvCoverage.of(card, options.evidence()), findings);
            }
        }
        List<Diagnostic> out = new ArrayList<>();
        for (Findings.Finding f : findings.all()) {
            SourceMap.Position pos = where.locate(f.pointer()).orElse(new SourceMap.Position(1, 1));
            out.add(new Diagnostic(f.severity(), where.file(), pos.line(), pos.column(), f.code(), f.message(), f.pointer()));
        }
        // A stable sort keeps the rules' own order for problems at the same place.
        out.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return List.copyOf(out);
    }
}
