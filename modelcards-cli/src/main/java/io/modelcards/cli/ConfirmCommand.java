package io.modelcards.cli;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.LoadedCard;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.staleness.StaleField;
import io.modelcards.staleness.Staleness;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code modelcards confirm CARD --field POINTER... --by NAME}: records that a person re-read fields they (or another
 * person) wrote and that the text still holds for the card's current facts, so that a stale field is no longer stale.
 * The text is not changed; who confirmed and when go into the field's provenance. Nothing is written when a field is
 * refused.
 */
@Command(name = "confirm", mixinStandardHelpOptions = true,
        description = {"Record that a person re-read fields written by people and that they still hold (clears stale "
                + "fields; the text is not changed).", "Each field's basis becomes the card's current facts (model, version, "
                + "artifact, dataset hashes, primary metrics), and --by and the time are recorded as its confirmation. "
                + "validate --rules review lists the stale fields to confirm or rewrite."})
final class ConfirmCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CARD", description = "The card: README.md, card.json or card.yaml.")
    Path input;

    @Option(names = "--field", required = true, paramLabel = "POINTER",
            description = "A field a person wrote, such as /uses/direct_use; repeatable.")
    List<String> fields = List.of();

    @Mixin
    PersonEdit person;

    @Mixin
    LenientOption lenient;

    @Override
    public Integer call() {
        String author = person.author();
        String when = person.time();
        Path target = person.target(input);
        LoadedCard loaded = CardFiles.load(input, lenient.lenient);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CardFiles.printProblems(loaded.problems(), err);
        ModelCard card = loaded.card();
        Map<String, String> stale = new LinkedHashMap<>();
        for (StaleField f : Staleness.of(card)) {
            stale.put(f.pointer(), f.reason());
        }
        List<String> done = new ArrayList<>();
        List<Diagnostic> refused = new ArrayList<>();
        for (String pointer : fields) {
            try {
                card = Staleness.confirm(card, pointer, author, when);
                String reason = stale.get(pointer);
                done.add("confirmed " + pointer + (reason == null ? " (was not stale)" : " (was stale: " + reason + ")"));
            } catch (InvalidInputException e) {
                e.problems().forEach(d -> refused.add(d.inFile(input.toString())));
            }
        }
        if (!refused.isEmpty()) {
            throw new CliFailure(ExitCode.INVALID, refused);
        }
        CardOutput.write(card, target, out, err);
        done.forEach(out::println);
        out.println("wrote " + target);
        out.flush();
        return ExitCode.OK;
    }
}
