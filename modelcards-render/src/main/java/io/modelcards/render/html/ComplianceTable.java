package io.modelcards.render.html;

import io.modelcards.validate.AnnexIvCoverage;
import io.modelcards.validate.Coverage;

/**
 * The compliance view of the HTML output: a card's coverage of Annex IV of Regulation (EU) 2024/1689 as a table, one
 * row per point, with what the regulation asks, the coverage and what to write. Every text is escaped here, and the
 * page passes the result through {@link CardSanitizer} with the rest of the card.
 */
public final class ComplianceTable {
    private ComplianceTable() {}

    /** The section for {@code coverage}. */
    public static String annexIv(AnnexIvCoverage coverage) {
        StringBuilder sb = new StringBuilder("<section class=\"compliance\">\n")
                .append("<h2 id=\"eu-ai-act-annex-iv-coverage\">EU AI Act Annex IV coverage</h2>\n")
                .append("<p>How far this card documents each point of Annex IV of Regulation (EU) 2024/1689, the technical ")
                .append("documentation of Article 11(1): ").append(coverage.count(Coverage.COVERED)).append(" covered, ")
                .append(coverage.count(Coverage.PARTLY)).append(" partly, ").append(coverage.count(Coverage.MISSING))
                .append(" missing. The report says what the documentation holds, not whether the system complies; ")
                .append("it is not legal advice.</p>\n")
                .append("<table>\n<thead><tr><th>Point</th><th>What the regulation asks</th><th>Coverage</th>")
                .append("<th>What to write</th></tr></thead>\n<tbody>\n");
        for (AnnexIvCoverage.Point p : coverage.points()) {
            String word = p.coverage().word();
            sb.append("<tr class=\"").append(word).append("\"><td><strong>").append(HtmlPage.escape(p.point().label()))
                    .append("</strong> ").append(HtmlPage.escape(p.point().title())).append("</td><td>")
                    .append(HtmlPage.escape(p.point().text())).append("</td><td>")
                    .append(p.coverage() == Coverage.COVERED ? word : "<strong>" + word + "</strong>").append("</td><td>")
                    .append(HtmlPage.escape(p.toWrite())).append("</td></tr>\n");
        }
        return sb.append("</tbody>\n</table>\n</section>\n").toString();
    }
}
