package io.modelcards.server.ui.view;

import java.util.List;

/**
 * The models list: the search form as filled in, the query's problems, a page of rows and the next page's URL.
 *
 * @param chrome   the layout's data
 * @param filters  the search box and filters as sent
 * @param statuses the status choices
 * @param risks    the risk choices
 * @param stales   the stale choices
 * @param problems the query's problems, each with its column, or empty
 * @param rows     the page's rows
 * @param nextPage the next page's URL, or null on the last page
 */
public record ModelsView(Chrome chrome, Filters filters, List<Option> statuses, List<Option> risks, List<Option> stales,
                         List<String> problems, List<ModelRow> rows, String nextPage) {
    /** Copies the lists. */
    public ModelsView {
        statuses = List.copyOf(statuses);
        risks = List.copyOf(risks);
        stales = List.copyOf(stales);
        problems = List.copyOf(problems);
        rows = List.copyOf(rows);
    }
}
