package io.modelcards.cli.usage;

import java.util.List;
import java.util.Map;

/**
 * One or two command lines per command, printed at the end of its help. Kept in one place so that a test can parse
 * every one of them with the real command (an example that stops working fails the build) and can check that no
 * command is without one.
 */
public final class Examples {
    private static final Map<String, List<String>> BY_COMMAND = Map.ofEntries(
            Map.entry("modelcards", List.of("modelcards demo --out out/demo", "modelcards validate --rules hf README.md")),
            Map.entry("modelcards demo", List.of("modelcards demo --out out/demo --seed 7", "modelcards demo --previous out/demo")),
            Map.entry("modelcards profile", List.of("modelcards profile data/train.jsonl --split train -o train.json")),
            Map.entry("modelcards import", List.of("modelcards import README.md -o modelcard.yaml")),
            Map.entry("modelcards convert", List.of("modelcards convert modelcard.json -o README.md")),
            Map.entry("modelcards render", List.of("modelcards render README.md -o card.html",
                    "modelcards render README.md --profile train.json --template my-card.md.j2 -o out/README.md")),
            Map.entry("modelcards validate", List.of("modelcards validate --rules hf,complete --threshold 80 README.md")),
            Map.entry("modelcards merge", List.of("modelcards merge --captured out/run/modelcard.json --into README.md -o README.md",
                    "modelcards merge --captured new.json --into card.yaml -o card.yaml --explain --drop-missing")),
            Map.entry("modelcards set", List.of("modelcards set README.md /details/version=1.1 --by alice",
                    "modelcards set modelcard.json /metadata/tags=[\"nlp\"] --from-file /uses/direct_use=uses.md --by alice")),
            Map.entry("modelcards confirm", List.of("modelcards confirm README.md --field /uses/direct_use --by alice")),
            Map.entry("modelcards diff", List.of("modelcards diff old/README.md README.md",
                    "modelcards diff previous.json modelcard.json --fail-on regression --tolerance 0.005 --format md -o diff.md")),
            Map.entry("modelcards templates", List.of("modelcards templates list")),
            Map.entry("modelcards templates list", List.of("modelcards templates list")),
            Map.entry("modelcards templates show", List.of("modelcards templates show default -o my-card.md.j2")),
            Map.entry("modelcards completion", List.of("source <(modelcards completion bash)", "source <(modelcards completion zsh)")));

    private Examples() {}

    /** The example command lines of the command with this qualified name ({@code "modelcards render"}), or none. */
    public static List<String> of(String qualifiedName) {
        return BY_COMMAND.getOrDefault(qualifiedName, List.of());
    }
}
