package io.modelcards.server.ui;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.modelcards.card.ModelCard;
import io.modelcards.codec.ContentHash;
import io.modelcards.registry.Registry;
import io.modelcards.registry.VersionView;
import io.modelcards.registry.auth.Capability;
import io.modelcards.registry.auth.User;
import io.modelcards.registry.catalog.ModelEntry;
import io.modelcards.registry.catalog.Page;
import io.modelcards.registry.catalog.Revision;
import io.modelcards.registry.catalog.VersionEntry;
import io.modelcards.registry.catalog.VersionRef;
import io.modelcards.registry.workflow.Action;
import io.modelcards.registry.workflow.State;
import io.modelcards.render.card.OutputFormat;
import io.modelcards.server.internal.card.RenderedCards;
import io.modelcards.server.ui.view.CardPageView;
import io.modelcards.server.ui.view.CardSummary;
import io.modelcards.server.ui.view.Download;
import io.modelcards.server.ui.view.ModelView;
import io.modelcards.server.ui.view.PublishedCard;
import io.modelcards.server.ui.view.MoveForm;
import io.modelcards.server.ui.view.VersionItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A model's page (its published card's summary, its versions as a timeline) and a version's card page (the rendered
 * card beside its summary panel) with the workflow moves the visitor may make;
 * the moves call the same registry methods as the API with the signed-in user, so the registry's checks apply.
 */
final class ModelPages {
    /** The moves this class answers; the review panel's forms (approve, request changes, ...) go to {@link ReviewPages}. */
    private static final List<Action> MOVES = List.of(Action.SUBMIT, Action.PUBLISH, Action.DEPRECATE, Action.ARCHIVE);
    /** The buttons at the top of the card page: submit is offered in the review panel, beside the checks it runs. */
    private static final List<Action> BUTTONS = List.of(Action.PUBLISH, Action.DEPRECATE, Action.ARCHIVE);
    private static final int VERSIONS_PER_PAGE = 50;

    private final Ui ui;
    private final RenderedCards rendered;
    private final ReviewPanel review;

    ModelPages(Ui ui, RenderedCards rendered) {
        this.ui = ui;
        this.rendered = rendered;
        this.review = new ReviewPanel(ui);
    }

    /** Answers {@code GET /models/{model}}. */
    void model(Context ctx) {
        Optional<Visitor> visitor = ui.reader(ctx);
        if (visitor.isEmpty()) {
            return;
        }
        String name = ctx.pathParam("model");
        ModelEntry model = ui.registry().catalog().model(name).orElseThrow(() -> missing("model " + name));
        Page<VersionEntry> page = ui.registry().catalog().versions(name, ctx.queryParam("cursor"), VERSIONS_PER_PAGE);
        String base = "/models/" + Ui.segment(name);
        List<VersionItem> items = page.items().stream().filter(v -> Ui.shows(visitor.get(), v.state()))
                .map(v -> new VersionItem(v.version(), Ui.id(v.state()), v.createdAt().toString(), v.createdBy(),
                        base + "/versions/" + Ui.segment(v.version())))
                .toList();
        String next = page.next().map(c -> base + "?cursor=" + Ui.param(c)).orElse(null);
        PublishedCard published = ui.registry().catalog().card(name, VersionRef.LATEST_PUBLISHED)
                .map(r -> new PublishedCard(r.version(), base + "/versions/" + Ui.segment(r.version()),
                        CardSummaries.of(r.card(), Ui.id(State.PUBLISHED), r.hash().toString())))
                .orElse(null);
        ui.render(ctx, 200, "model.jte", new ModelView(ui.chrome(visitor.get()), model.name(), model.createdAt().toString(),
                model.createdBy(), items, next, published));
    }

    /** Answers {@code GET /models/{model}/versions/{version}}: the rendered card beside its summary panel. */
    void version(Context ctx) {
        Optional<Visitor> visitor = ui.reader(ctx);
        if (visitor.isEmpty()) {
            return;
        }
        String model = ctx.pathParam("model");
        Registry registry = ui.registry();
        VersionEntry entry = ShownVersions.find(registry, visitor.get(), model, ctx.pathParam("version"));
        String base = "/models/" + Ui.segment(model);
        String url = base + "/versions/" + Ui.segment(entry.version());
        String html = null;
        ModelCard card = null;
        CardSummary summary = null;
        List<Download> downloads = List.of();
        String compare = null;
        if (entry.currentRevision() != null) {
            Revision revision = ShownVersions.card(registry, entry);
            card = revision.card();
            html = cardBody(rendered.get(revision.hash(), card, OutputFormat.HTML).text());
            summary = CardSummaries.of(revision.card(), Ui.id(entry.state()), revision.hash().toString());
            downloads = CardDownloads.links(url, revision.hash().toString());
            compare = ComparePage.PATH + "?model=" + Ui.param(model) + "&to=" + Ui.param(entry.version());
        }
        List<MoveForm> moves = new ArrayList<>();
        User user = visitor.get().user();
        VersionView view = user == null ? null : registry.view(model, entry.version());
        if (user != null && mayMove(user, view)) {
            for (Action a : BUTTONS) {
                if (view.allowed().contains(a)) {
                    moves.add(new MoveForm(a.id(), label(a), url + "/ui/" + a.id()));
                }
            }
        }
        ui.render(ctx, 200, "card.jte", new CardPageView(ui.chrome(visitor.get()), model, entry.version(), Ui.id(entry.state()),
                entry.currentRevision() == null ? null : entry.currentRevision().toString(), html, base, moves, summary,
                downloads, compare, review.build(visitor.get(), view, entry, card, html)));
    }

    /** Whether {@code user} may make the version's author moves, as the registry checks: an author's own model, or an admin's any. */
    static boolean mayMove(User user, VersionView view) {
        return user.may(Capability.AUTHOR) && (user.may(Capability.ADMINISTER) || user.name().equals(view.owner()));
    }

    /** Answers {@code POST /models/{model}/versions/{version}/ui/{action}}: one workflow move, then the card page. */
    void move(Context ctx) {
        Visitor visitor = ui.poster(ctx);
        if (!visitor.signedIn()) {
            throw new UiRefusal(403, "sign in first");
        }
        String model = ctx.pathParam("model");
        String version = ctx.pathParam("version");
        String revision = ctx.formParam("revision");
        ContentHash ifMatch = revision == null || revision.isEmpty() ? null : revision(revision);
        Action action = Action.parse(ctx.pathParam("action")).filter(MOVES::contains)
                .orElseThrow(() -> new UiRefusal(404, "there is no such action: use the buttons on the card page"));
        User user = visitor.user();
        Registry registry = ui.registry();
        switch (action) {
            case SUBMIT -> registry.submit(user, model, version, ifMatch);
            case PUBLISH -> registry.publish(user, model, version, ifMatch);
            case DEPRECATE -> registry.deprecate(user, model, version, ifMatch);
            default -> registry.archive(user, model, version, ifMatch);
        }
        ctx.redirect("/models/" + Ui.segment(model) + "/versions/" + Ui.segment(version), HttpStatus.SEE_OTHER);
    }

    static ContentHash revision(String text) {
        try {
            return ContentHash.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UiRefusal(400, "the form names no valid card revision: reload the card page and try again");
        }
    }

    private static String label(Action a) {
        String id = a.id().replace('_', ' ');
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    /**
     * The inside of the rendered document's {@code <main>}: the page has its own head and main element (one per page),
     * and the renderer's inline styles, which the CSP drops, come with the served stylesheet ({@link CardCss}).
     */
    static String cardBody(String document) {
        int open = document.indexOf("<main");
        int close = document.lastIndexOf("</main>");
        if (open < 0 || close < 0) {
            return document;
        }
        return document.substring(document.indexOf('>', open) + 1, close);
    }

    private static UiRefusal missing(String what) {
        return new UiRefusal(404, "there is no " + what + ": check the name, or search for it on the models page");
    }
}
