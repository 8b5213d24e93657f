package io.modelcards.server.ui;

import io.javalin.http.Context;
import io.modelcards.card.RiskRating;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.registry.catalog.Page;
import io.modelcards.registry.search.SearchHit;
import io.modelcards.registry.search.SearchQuery;
import io.modelcards.registry.workflow.State;
import io.modelcards.server.ui.view.Filters;
import io.modelcards.server.ui.view.ModelRow;
import io.modelcards.server.ui.view.ModelsView;
import io.modelcards.server.ui.view.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The models list at {@code /}: the search box and filters, joined into one registry query, and a page of hits. */
final class ModelsPage {
    private final Ui ui;

    ModelsPage(Ui ui) {
        this.ui = ui;
    }

    /** Answers {@code GET /}. */
    void show(Context ctx) {
        Optional<Visitor> visitor = ui.reader(ctx);
        if (visitor.isEmpty()) {
            return;
        }
        Filters filters = new Filters(ctx.queryParam("q"), ctx.queryParam("status"), ctx.queryParam("tag"),
                ctx.queryParam("license"), ctx.queryParam("dataset"), ctx.queryParam("metric"), ctx.queryParam("risk"),
                ctx.queryParam("stale"), ctx.queryParam("text"));
        List<String> problems = new ArrayList<>();
        List<ModelRow> rows = List.of();
        String next = null;
        try {
            String cursor = ctx.queryParam("cursor");
            Page<SearchHit> page = ui.registry().search(SearchQuery.parse(filters.queryText(), cursor, null));
            rows = page.items().stream().filter(h -> Ui.shows(visitor.get(), h.state())).map(ModelsPage::row).toList();
            next = page.next().map(c -> nextUrl(filters, c)).orElse(null);
        } catch (InvalidInputException e) {
            for (Diagnostic d : e.problems()) {
                problems.add("column " + d.column() + ": " + d.message());
            }
        }
        ui.render(ctx, 200, "models.jte", new ModelsView(ui.chrome(visitor.get()), filters, statuses(filters.status()),
                risks(filters.risk()), stales(filters.stale()), problems, rows, next));
    }

    private static ModelRow row(SearchHit h) {
        String metric = h.primaryMetric() == null ? "" : h.primaryMetric().type() + " " + h.primaryMetric().value();
        String model = "/models/" + Ui.segment(h.model());
        return new ModelRow(h.model(), h.version(), Ui.id(h.state()), metric, Ui.lower(h.risk()), h.completeness(),
                h.staleCount(), model, model + "/versions/" + Ui.segment(h.version()));
    }

    private static String nextUrl(Filters filters, String cursor) {
        String query = filters.parameters().stream().map(kv -> kv[0] + "=" + Ui.param(kv[1])).collect(Collectors.joining("&"));
        return "/?" + (query.isEmpty() ? "" : query + "&") + "cursor=" + Ui.param(cursor);
    }

    private static List<Option> statuses(String chosen) {
        List<Option> o = new ArrayList<>();
        o.add(new Option("", "Any", chosen.isEmpty()));
        for (State s : State.values()) {
            o.add(new Option(s.id(), s.id().replace('_', ' '), s.id().equals(chosen)));
        }
        return o;
    }

    private static List<Option> risks(String chosen) {
        List<Option> o = new ArrayList<>();
        o.add(new Option("", "Any", chosen.isEmpty()));
        for (RiskRating r : RiskRating.values()) {
            o.add(new Option(Ui.lower(r), Ui.lower(r), Ui.lower(r).equals(chosen)));
        }
        return o;
    }

    private static List<Option> stales(String chosen) {
        return List.of(new Option("", "Either", chosen.isEmpty()), new Option("true", "Some stale", "true".equals(chosen)),
                new Option("false", "None stale", "false".equals(chosen)));
    }
}
