package io.modelcards.cli;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.LoadedCard;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.registry.workflow.State;
import io.modelcards.standards.ExportOptions;
import io.modelcards.standards.Exported;
import io.modelcards.standards.Exporter;
import io.modelcards.standards.MappingRow;
import io.modelcards.standards.Omission;
import io.modelcards.standards.Standard;
import io.modelcards.standards.Standards;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code export CARD --to FORMAT -o FILE}: a card file written in another standard's format, each value the format
 * does not carry printed as a warning, the file written whole or not at all; or, with {@code --explain}, the format's
 * mapping table.
 */
final class StandardExport {
    /** The formats {@code --to} takes, for help and messages. */
    static final String FORMATS = Arrays.stream(Standard.values()).map(Standard::id).collect(Collectors.joining(", "));

    private StandardExport() {}

    /** The exporter {@code --to} names, with {@code --spec} checked against its versions. */
    static Exporter exporter(String to, String spec) {
        Standard standard;
        try {
            standard = Standard.parse(to);
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage("--to", "usage/format", "unknown format '" + to + "': use one of " + FORMATS);
        }
        Exporter exporter;
        try {
            exporter = Standards.exporter(standard);
        } catch (IllegalStateException e) {
            throw CliFailure.usage("--to", "usage/format", "this build has no " + standard.id() + " exporter: use one of "
                    + available());
        }
        List<String> versions = exporter.specVersions();
        if (spec != null && versions.size() == 1) {
            throw CliFailure.usage("--spec", "usage/spec", standard.id() + " has one version (" + versions.get(0)
                    + "): leave out --spec");
        }
        if (spec != null && !versions.contains(spec)) {
            throw CliFailure.usage("--spec", "usage/spec", "unknown " + standard.id() + " version '" + spec + "': use one of "
                    + String.join(", ", versions));
        }
        return exporter;
    }

    private static String available() {
        return Arrays.stream(Standard.values()).filter(s -> {
            try {
                Standards.exporter(s);
                return true;
            } catch (IllegalStateException e) {
                return false;
            }
        }).map(Standard::id).collect(Collectors.joining(", "));
    }

    /** The state {@code --status} names, or null; anything else is a usage error listing the states. */
    static String status(String status) {
        if (status == null) {
            return null;
        }
        return State.parse(status).map(State::id).orElseThrow(() -> CliFailure.usage("--status", "usage/status", "unknown state '"
                + status + "': use one of " + Arrays.stream(State.values()).map(State::id).collect(Collectors.joining(", "))));
    }

    /** Prints {@code card field → format field → note}, one row a line. */
    static void explain(Exporter exporter, PrintWriter out) {
        out.println(exporter.standard().id() + " " + String.join(", ", exporter.specVersions())
                + ": card field → format field → note");
        for (MappingRow r : exporter.mapping()) {
            out.println(r.cardField() + " → " + (r.formatField() == null ? "not carried" : r.formatField())
                    + (r.note() == null || r.note().isEmpty() ? "" : " → " + r.note()));
        }
        out.flush();
    }

    /** Exports {@code cardPath} to {@code output}: warnings for omissions on {@code err}, then the file, all or nothing. */
    static void export(Exporter exporter, Path cardPath, Path output, String spec, String status, Instant created,
                       PrintWriter out, PrintWriter err) {
        LoadedCard loaded = CardFiles.load(cardPath, false);
        CardFiles.printProblems(loaded.problems(), err);
        ModelCard card = loaded.card();
        Exported exported;
        try {
            exported = exporter.export(card, new ExportOptions(spec, created, status));
        } catch (InvalidInputException e) {
            throw new CliFailure(ExitCode.INVALID, e.problems().stream().map(d -> d.inFile(cardPath.toString())).toList());
        }
        for (Omission o : exported.omissions()) {
            err.println(Diagnostic.warning(cardPath.toString(), 0, 0, "export/not-carried", o.pointer() + ": " + o.reason()).format());
        }
        err.flush();
        OutputFiles.write(output, exported.document(), out);
        if (!output.toString().equals("-")) {
            out.println("wrote " + output + " (" + exporter.standard().id() + ", " + exported.omissions().size()
                    + (exported.omissions().size() == 1 ? " value" : " values") + " not carried)");
            out.flush();
        }
    }
}
