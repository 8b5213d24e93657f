package io.modelcards.server.ui;

import io.javalin.http.Context;
import io.modelcards.card.ModelCard;
import io.modelcards.codec.ContentHash;
import io.modelcards.diff.CardDiff;
import io.modelcards.diff.Diff;
import io.modelcards.registry.Registry;
import io.modelcards.registry.catalog.Revision;
import io.modelcards.registry.catalog.VersionEntry;
import io.modelcards.render.card.OutputFormat;
import io.modelcards.server.internal.card.RenderedCards;
import io.modelcards.server.ui.view.CompareView;
import io.modelcards.server.ui.view.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The compare page, {@code GET /compare?model=M&from=V1&to=V2}: two versions of a model (or two revisions, by content
 * hash, for a signed-in visitor, as the API's diff takes them), their semantic diff ({@link CardDiff}) and the line diff
 * of their README.md renderings. Without {@code to} the newest version is taken, without {@code from} the one before it.
 */
final class ComparePage {
    /** The page's path. */
    static final String PATH = "/compare";
    private static final String HASH_PREFIX = "sha256:";

    private final Ui ui;
    private final RenderedCards rendered;

    ComparePage(Ui ui, RenderedCards rendered) {
        this.ui = ui;
        this.rendered = rendered;
    }

    /** Answers {@code GET /compare}. */
    void show(Context ctx) {
        Optional<Visitor> found = ui.reader(ctx);
        if (found.isEmpty()) {
            return;
        }
        Visitor visitor = found.get();
        String model = ctx.queryParam("model");
        if (model == null || model.isBlank()) {
            throw new UiRefusal(400, "say which model to compare: open Compare from a card page, or add ?model=NAME");
        }
        Registry registry = ui.registry();
        registry.catalog().model(model).orElseThrow(() -> new UiRefusal(404,
                "there is no model " + model + ": check the name, or search for it on the models page"));
        List<VersionEntry> shown = ShownVersions.list(registry, visitor, model);
        String to = blankToNull(ctx.queryParam("to"));
        String from = blankToNull(ctx.queryParam("from"));
        if (to == null && !shown.isEmpty()) {
            to = shown.get(shown.size() - 1).version();
        }
        if (from == null && to != null) {
            from = previous(shown, to);
        }
        String modelHref = "/models/" + Ui.segment(model);
        List<Option> fromOptions = options(shown, from);
        List<Option> toOptions = options(shown, to);
        if (from == null || to == null) {
            String message = shown.size() < 2 ? "model " + model + " has fewer than two versions you can see: there is nothing to compare"
                    : "there is no version before " + to + ": choose the two versions to compare";
            ui.render(ctx, 200, "compare.jte", new CompareView(ui.chrome(visitor), model, modelHref, fromOptions, toOptions, message,
                    from, to, List.of(), 0, List.of(), List.of(), List.of()));
            return;
        }
        Revision old = side(visitor, model, from);
        Revision now = side(visitor, model, to);
        ModelCard oldCard = old.card();
        ModelCard nowCard = now.card();
        Diff diff = CardDiff.of(oldCard, nowCard);
        String oldMd = rendered.get(old.hash(), oldCard, OutputFormat.MD).text();
        String nowMd = rendered.get(now.hash(), nowCard, OutputFormat.MD).text();
        ui.render(ctx, 200, "compare.jte", new CompareView(ui.chrome(visitor), model, modelHref, fromOptions, toOptions, null, from, to,
                DiffViews.metrics(diff), DiffViews.unchanged(diff), DiffViews.datasets(diff), DiffViews.texts(diff),
                DiffViews.readme(from + "/README.md", oldMd, to + "/README.md", nowMd)));
    }

    /** The card {@code ref} names: a version of {@code model} the visitor may see, or a revision by its hash. */
    private Revision side(Visitor visitor, String model, String ref) {
        Registry registry = ui.registry();
        if (!ref.startsWith(HASH_PREFIX)) {
            return ShownVersions.card(registry, ShownVersions.find(registry, visitor, model, ref));
        }
        if (!visitor.signedIn()) {
            throw new UiRefusal(404, "sign in to compare revisions by their hash; signed out, compare published versions by name");
        }
        ContentHash hash;
        try {
            hash = ContentHash.parse(ref);
        } catch (IllegalArgumentException e) {
            throw new UiRefusal(400, "from and to are versions, or revision hashes written sha256:<64 hex digits>");
        }
        return registry.catalog().revision(hash).orElseThrow(() -> new UiRefusal(404, "there is no revision " + hash
                + ": choose versions in the From and To lists"));
    }

    /** The version shown just before {@code version}, or null when it is the first or not among them. */
    static String previous(List<VersionEntry> shown, String version) {
        for (int i = 1; i < shown.size(); i++) {
            if (shown.get(i).version().equals(version)) {
                return shown.get(i - 1).version();
            }
        }
        return null;
    }

    /** The selector's options: every version shown, newest first, and {@code selected} as its own option when it is a hash. */
    private static List<Option> options(List<VersionEntry> shown, String selected) {
        List<Option> out = new ArrayList<>();
        if (selected != null && selected.startsWith(HASH_PREFIX)) {
            out.add(new Option(selected, "revision " + selected.substring(0, Math.min(selected.length(), 19)) + "…", true));
        }
        for (int i = shown.size() - 1; i >= 0; i--) {
            String v = shown.get(i).version();
            out.add(new Option(v, v + " (" + Ui.id(shown.get(i).state()) + ")", v.equals(selected)));
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
