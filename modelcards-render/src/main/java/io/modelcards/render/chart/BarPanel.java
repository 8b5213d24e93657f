package io.modelcards.render.chart;

import io.modelcards.card.DatasetStatistics.TopValue;
import io.modelcards.card.Histogram;
import java.util.List;

/** Draws one {@link DataPanel}: title, count axis with grid, bars, and the value axis or category names below. */
final class BarPanel {
    private static final double LEFT_AXIS = 46;
    private static final double RIGHT_PAD = 6;
    private static final double TITLE = 24;
    private static final double BOTTOM_AXIS = 22;
    private static final int MAX_CATEGORIES = 12;

    private BarPanel() {}

    static void draw(Svg svg, DataPanel p, double left, double top, double width, double height) {
        double x0 = left + LEFT_AXIS;
        double x1 = left + width - RIGHT_PAD;
        double y0 = top + TITLE;
        double y1 = top + height - BOTTOM_AXIS;
        boolean approximate = p instanceof DataPanel.Bins b && !b.histogram().exact();
        svg.raw("<g>\n<text x=\"").num(left).raw("\" y=\"").num(top + 13).raw("\" font-weight=\"600\" fill=\"#1f2328\">")
                .text(Svg.shorten(p.title(), 34)).raw(approximate ? " (\u2248)" : "").raw("</text>\n");
        long max = p instanceof DataPanel.Bins b
                ? b.histogram().counts().stream().mapToLong(Long::longValue).max().orElse(1)
                : ((DataPanel.Categories) p).classes().stream().limit(MAX_CATEGORIES).mapToLong(TopValue::count).max().orElse(1);
        Ticks y = Ticks.of(0, Math.max(1, max), 3, true);
        for (int i = 0; i < y.values().size(); i++) {
            double py = y.place(y.values().get(i), y1, y0);
            svg.raw("<line x1=\"").num(x0).raw("\" y1=\"").num(py).raw("\" x2=\"").num(x1).raw("\" y2=\"").num(py)
                    .raw("\" stroke=\"#e6e9ed\"/>\n");
            svg.raw("<text x=\"").num(x0 - 5).raw("\" y=\"").num(py + 4).raw("\" text-anchor=\"end\" fill=\"#57606a\">")
                    .raw(y.labels().get(i)).raw("</text>\n");
        }
        if (p instanceof DataPanel.Bins b) {
            bins(svg, b, y, x0, x1, y0, y1);
        } else if (p instanceof DataPanel.Categories c) {
            categories(svg, c, y, x0, x1, y0, y1);
        }
        svg.raw("<path d=\"M").num(x0).raw(" ").num(y0).raw("V").num(y1).raw("H").num(x1)
                .raw("\" fill=\"none\" stroke=\"#8c959f\"/>\n</g>\n");
    }

    private static void bins(Svg svg, DataPanel.Bins b, Ticks y, double x0, double x1, double y0, double y1) {
        Histogram h = b.histogram();
        double lo = h.edges().get(0);
        double hi = h.edges().get(h.edges().size() - 1);
        Ticks x = Ticks.of(lo, hi, 4, b.integral());
        for (int i = 0; i < h.counts().size(); i++) {
            double a = x.place(h.edges().get(i), x0, x1);
            double e = x.place(h.edges().get(i + 1), x0, x1);
            double top = y.place(h.counts().get(i), y1, y0);
            double w = Math.max(1, e - a - (e - a > 3 ? 1 : 0));
            svg.raw("<rect x=\"").num(a).raw("\" y=\"").num(top).raw("\" width=\"").num(w).raw("\" height=\"")
                    .num(y1 - top).raw("\" fill=\"").raw(b.color()).raw("\"/>\n");
        }
        for (int i = 0; i < x.values().size(); i++) {
            double px = x.place(x.values().get(i), x0, x1);
            svg.raw("<line x1=\"").num(px).raw("\" y1=\"").num(y1).raw("\" x2=\"").num(px).raw("\" y2=\"").num(y1 + 4)
                    .raw("\" stroke=\"#8c959f\"/>\n");
            svg.raw("<text x=\"").num(px).raw("\" y=\"").num(y1 + 16).raw("\" text-anchor=\"middle\" fill=\"#57606a\">")
                    .raw(x.labels().get(i)).raw("</text>\n");
        }
    }

    private static void categories(Svg svg, DataPanel.Categories c, Ticks y, double x0, double x1, double y0, double y1) {
        List<TopValue> shown = c.classes().stream().limit(MAX_CATEGORIES).toList();
        double slot = (x1 - x0) / shown.size();
        int chars = Math.max(1, (int) (slot / 7));
        for (int i = 0; i < shown.size(); i++) {
            double a = x0 + i * slot + slot * 0.15;
            double top = y.place(shown.get(i).count(), y1, y0);
            svg.raw("<rect x=\"").num(a).raw("\" y=\"").num(top).raw("\" width=\"").num(slot * 0.7).raw("\" height=\"")
                    .num(y1 - top).raw("\" fill=\"").raw(c.color()).raw("\"/>\n");
            svg.raw("<text x=\"").num(x0 + (i + 0.5) * slot).raw("\" y=\"").num(y1 + 16)
                    .raw("\" text-anchor=\"middle\" fill=\"#57606a\">").text(Svg.shorten(shown.get(i).value(), chars)).raw("</text>\n");
        }
    }
}
