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
            Map.entry("modelcards import", List.of("modelcards import README.md -o modelcard.yaml",
                    "modelcards import card.mct.json --from mct -o modelcard.json")),
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
                    "modelcards diff previous.json modelcard.json --fail-on regression --tolerance 0.005 --format md -o diff.md",
                    "modelcards diff fraud-detector 1.0.0 1.1.0 --server http://127.0.0.1:8080")),
            Map.entry("modelcards serve", List.of("modelcards serve --home registry --port 0",
                    "modelcards serve --db jdbc:postgresql://db/reg --config policy.yaml")),
            Map.entry("modelcards users", List.of("modelcards users add alice --role author --home registry")),
            Map.entry("modelcards users add", List.of("modelcards users add alice --role author --home registry",
                    "modelcards users add bob --role reviewer --server http://127.0.0.1:8080 --token-file admin-token")),
            Map.entry("modelcards users list", List.of("modelcards users list --home registry")),
            Map.entry("modelcards tokens", List.of("modelcards tokens list alice --home registry")),
            Map.entry("modelcards tokens list", List.of("modelcards tokens list alice --home registry")),
            Map.entry("modelcards tokens revoke", List.of("modelcards tokens revoke 3 --home registry")),
            Map.entry("modelcards push", List.of("modelcards push README.md --model fraud-detector --version 1.0.0")),
            Map.entry("modelcards submit", List.of("modelcards submit fraud-detector 1.0.0")),
            Map.entry("modelcards approve", List.of("modelcards approve fraud-detector 1.0.0 --comment \"limitations are clear\"")),
            Map.entry("modelcards request-changes", List.of(
                    "modelcards request-changes fraud-detector 1.0.0 --comment \"name the evaluation data's time range\"")),
            Map.entry("modelcards comment", List.of(
                    "modelcards comment fraud-detector 1.0.0 --field /uses/out_of_scope_use --text \"add card-present fraud\"")),
            Map.entry("modelcards publish", List.of("modelcards publish fraud-detector 1.0.0")),
            Map.entry("modelcards deprecate", List.of("modelcards deprecate fraud-detector 1.0.0")),
            Map.entry("modelcards archive", List.of("modelcards archive fraud-detector 0.9.0")),
            Map.entry("modelcards show", List.of("modelcards show fraud-detector latest-published --format html -o card.html")),
            Map.entry("modelcards export", List.of("modelcards export modelcard.json --to sagemaker -o card.sagemaker.json",
                    "modelcards export modelcard.json --to mct --explain",
                    "modelcards export fraud-detector 1.0.0 -o hf/fraud-detector")),
            Map.entry("modelcards search", List.of("modelcards search status:published metric:accuracy>=0.9 fraud")),
            Map.entry("modelcards gate", List.of("modelcards gate fraud-detector 1.0.0 --require published --policy gate.yaml")),
            Map.entry("modelcards audit", List.of("modelcards audit verify --home registry")),
            Map.entry("modelcards audit verify", List.of("modelcards audit verify --home registry",
                    "modelcards audit verify --server http://127.0.0.1:8080 --checkpoint kept-checkpoint.txt")),
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
