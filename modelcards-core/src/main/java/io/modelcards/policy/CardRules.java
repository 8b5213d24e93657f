package io.modelcards.policy;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardMappers;
import io.modelcards.codec.InputText;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.diagnostic.SourceMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An organisation's rules for its cards, from the {@code rules:} list of a policy file.
 *
 * <pre>
 * rules:
 *   - id: acme/out-of-scope
 *     message: say what the model must not be used for
 *     required: /uses/out_of_scope_use
 *   - id: acme/accuracy
 *     message: sentiment models ship at 90% accuracy or better
 *     metric: {type: accuracy, dataset: imdb, split: test, min: 0.9}
 *   - id: acme/mitigation
 *     message: a high-risk model needs its mitigation written
 *     risk: [high]
 *     requires: /governance/risk_rationale
 *   - id: acme/no-experiments
 *     message: experimental models are not shipped
 *     forbidden_tags: [experimental]
 *   - id: acme/licences
 *     message: we ship under Apache-2.0 or MIT
 *     severity: warning
 *     allowed_licenses: [apache-2.0, mit]
 * </pre>
 *
 * @param rules the rules, in file order
 */
public record CardRules(List<CardRule> rules) {
    /** No rules: what a policy file without {@code rules:} gives. */
    public static final CardRules NONE = new CardRules(List.of());

    public CardRules {
        rules = List.copyOf(rules);
    }

    /** The rules in the policy file at {@code path}, which must have a {@code rules:} list; mistakes are located problems. */
    public static CardRules read(Path path) throws InvalidInputException {
        String name = path.toString();
        return parse(InputText.read(path, name), name);
    }

    /** The rules in {@code text}, the policy file {@code file}, which must have a {@code rules:} list. */
    public static CardRules parse(String text, String file) throws InvalidInputException {
        return CardRulesFile.whole(text, file);
    }

    /**
     * The rules under the key {@code rules} of a policy file another reader reads (the registry's approval and gate
     * policies), or {@link #NONE} without one; each mistake is recorded in {@code doc}, which that reader throws.
     */
    public static CardRules in(PolicyDocument doc) {
        return CardRulesFile.section(doc);
    }

    /** Every failure of these rules on {@code card}, each located through {@code source} and coded with its rule's id. */
    public List<Diagnostic> check(ModelCard card, SourceMap source) {
        JsonNode tree = CardMappers.json().valueToTree(card);
        List<Diagnostic> out = new ArrayList<>();
        for (CardRule rule : rules) {
            for (RuleChecks.Failure f : RuleChecks.failures(rule.check(), card, tree)) {
                SourceMap.Position at = source.locate(f.pointer()).orElse(new SourceMap.Position(1, 1));
                out.add(new Diagnostic(rule.severity(), source.file(), at.line(), at.column(), rule.id(),
                        rule.message() + ": " + f.found(), f.pointer()));
            }
        }
        return out;
    }

    /** Whether {@code text} names a policy file rather than a built-in pack: it ends in .yaml, .yml or .json. */
    public static boolean isPolicyFile(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return t.endsWith(".yaml") || t.endsWith(".yml") || t.endsWith(".json");
    }
}
