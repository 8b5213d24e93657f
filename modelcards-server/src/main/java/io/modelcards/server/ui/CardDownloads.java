package io.modelcards.server.ui;

import io.javalin.http.Context;
import io.modelcards.registry.catalog.Revision;
import io.modelcards.registry.catalog.VersionEntry;
import io.modelcards.render.card.OutputFormat;
import io.modelcards.server.internal.card.RenderedCards;
import io.modelcards.server.ui.view.Download;
import java.util.List;
import java.util.Optional;

/**
 * The card page's downloads: a version's current card as README.md, HTML or JSON, for the browser's session. The API's
 * card URLs take a bearer token, which a browser does not send; these routes render through the same cache
 * ({@link RenderedCards}) and let through only the visitors that may see the card page.
 */
final class CardDownloads {
    /** The route's path; {@code {file}} is one of {@link #FILES}. */
    static final String PATH = "/models/{model}/versions/{version}/download/{file}";

    /** The files offered, in the order the page lists them, each with its format. */
    private static final List<File> FILES = List.of(new File("README.md", OutputFormat.MD, "text/markdown"),
            new File("card.html", OutputFormat.HTML, "text/html"), new File("card.json", OutputFormat.JSON, "application/json"));

    private final Ui ui;
    private final RenderedCards rendered;

    CardDownloads(Ui ui, RenderedCards rendered) {
        this.ui = ui;
        this.rendered = rendered;
    }

    /**
     * The download links of a version whose card page is at {@code versionUrl} and shows revision {@code revision}: each
     * names the revision, so that a download is the card the visitor read.
     */
    static List<Download> links(String versionUrl, String revision) {
        return FILES.stream().map(f -> new Download(f.name(), versionUrl + "/download/" + f.name() + "?revision=" + Ui.param(revision),
                f.type())).toList();
    }

    /**
     * Answers {@code GET /models/{model}/versions/{version}/download/{file}} as an attachment: the version's current card,
     * refused when the {@code revision} the link names is no longer current (the card changed since the page showed it).
     */
    void download(Context ctx) {
        Optional<Visitor> visitor = ui.reader(ctx);
        if (visitor.isEmpty()) {
            return;
        }
        String name = ctx.pathParam("file");
        File file = FILES.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow(() -> new UiRefusal(404,
                "there is no download " + name + ": choose README.md, card.html or card.json on the card page"));
        VersionEntry entry = ShownVersions.find(ui.registry(), visitor.get(), ctx.pathParam("model"), ctx.pathParam("version"));
        Revision revision = ShownVersions.card(ui.registry(), entry);
        String asked = ctx.queryParam("revision");
        if (asked != null && !asked.equals(revision.hash().toString())) {
            throw new UiRefusal(409, "the card of version " + entry.version() + " changed since you opened its page:"
                    + " reload the card page and download again");
        }
        RenderedCards.Rendered r = rendered.get(revision.hash(), revision.card(), file.format());
        ctx.header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"");
        ctx.status(200).contentType(r.contentType()).result(r.bytes());
    }

    /** A file offered for download. */
    private record File(String name, OutputFormat format, String type) {}
}
