package io.modelcards.render.chart;

import io.modelcards.render.chart.TrainingCurve.Point;
import io.modelcards.render.chart.TrainingCurve.Series;

/** One metric's panel of the training chart: name and last value, grid, axes with tick labels, line and markers. */
final class Panel {
    private static final double LEFT_AXIS = 54;
    private static final double RIGHT_PAD = 10;
    private static final double TITLE = 26;
    private static final double BOTTOM_AXIS = 34;
    private static final int NAME_LIMIT = 40;
    /** Beyond this many points, dots would merge into a thick line. */
    private static final int MARKER_LIMIT = 40;

    private Panel() {}

    static void draw(Svg svg, Series s, String color, Long bestStep, Ticks x, double left, double top, double width,
                     double height) {
        double x0 = left + LEFT_AXIS;
        double x1 = left + width - RIGHT_PAD;
        double y0 = top + TITLE;
        double y1 = top + height - BOTTOM_AXIS;
        double min = s.points().stream().mapToDouble(Point::value).min().orElseThrow();
        double max = s.points().stream().mapToDouble(Point::value).max().orElseThrow();
        Ticks y = Ticks.of(min, max, 4, false);
        Point last = s.points().get(s.points().size() - 1);

        svg.raw("<g>\n<text x=\"").num(left).raw("\" y=\"").num(top + 14).raw("\" font-weight=\"600\" fill=\"")
                .raw(color).raw("\">").text(Svg.shorten(s.name(), NAME_LIMIT)).raw("</text>\n");
        Double atBest = bestStep == null ? null : s.valueAt(bestStep);
        String best = atBest == null ? "" : "best " + TrainingChart.value(atBest) + " \u00b7 ";
        svg.raw("<text x=\"").num(x1).raw("\" y=\"").num(top + 14).raw("\" text-anchor=\"end\" fill=\"#57606a\">")
                .raw(best).raw("last ").raw(TrainingChart.value(last.value())).raw("</text>\n");
        for (int i = 0; i < y.values().size(); i++) {
            double py = y.place(y.values().get(i), y1, y0);
            svg.raw("<line x1=\"").num(x0).raw("\" y1=\"").num(py).raw("\" x2=\"").num(x1).raw("\" y2=\"").num(py)
                    .raw("\" stroke=\"#e6e9ed\"/>\n");
            svg.raw("<text x=\"").num(x0 - 6).raw("\" y=\"").num(py + 4).raw("\" text-anchor=\"end\" fill=\"#57606a\">")
                    .raw(y.labels().get(i)).raw("</text>\n");
        }
        for (int i = 0; i < x.values().size(); i++) {
            double px = x.place(x.values().get(i), x0, x1);
            svg.raw("<line x1=\"").num(px).raw("\" y1=\"").num(y1).raw("\" x2=\"").num(px).raw("\" y2=\"").num(y1 + 4)
                    .raw("\" stroke=\"#8c959f\"/>\n");
            svg.raw("<text x=\"").num(px).raw("\" y=\"").num(y1 + 17).raw("\" text-anchor=\"middle\" fill=\"#57606a\">")
                    .raw(x.labels().get(i)).raw("</text>\n");
        }
        svg.raw("<text x=\"").num((x0 + x1) / 2).raw("\" y=\"").num(y1 + 31)
                .raw("\" text-anchor=\"middle\" fill=\"#57606a\">step</text>\n");
        svg.raw("<path d=\"M").num(x0).raw(" ").num(y0).raw("V").num(y1).raw("H").num(x1)
                .raw("\" fill=\"none\" stroke=\"#8c959f\"/>\n");
        if (bestStep != null) {
            double bx = x.place(bestStep, x0, x1);
            svg.raw("<line x1=\"").num(bx).raw("\" y1=\"").num(y0).raw("\" x2=\"").num(bx).raw("\" y2=\"").num(y1)
                    .raw("\" stroke=\"#57606a\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>\n");
        }
        line(svg, s, color, x, y, x0, x1, y0, y1);
        if (atBest != null) {
            svg.raw("<circle cx=\"").num(x.place(bestStep, x0, x1)).raw("\" cy=\"").num(y.place(atBest, y1, y0))
                    .raw("\" r=\"5.5\" fill=\"#ffffff\" stroke=\"").raw(color).raw("\" stroke-width=\"2.5\"/>\n");
        }
        svg.raw("</g>\n");
    }

    private static void line(Svg svg, Series s, String color, Ticks x, Ticks y, double x0, double x1, double y0, double y1) {
        if (s.points().size() > 1) {
            svg.raw("<polyline fill=\"none\" stroke=\"").raw(color)
                    .raw("\" stroke-width=\"2\" stroke-linejoin=\"round\" stroke-linecap=\"round\" points=\"");
            for (int i = 0; i < s.points().size(); i++) {
                Point p = s.points().get(i);
                svg.raw(i == 0 ? "" : " ").num(x.place(p.step(), x0, x1)).raw(",").num(y.place(p.value(), y1, y0));
            }
            svg.raw("\"/>\n");
        }
        if (s.points().size() <= MARKER_LIMIT) {
            for (Point p : s.points()) {
                svg.raw("<circle cx=\"").num(x.place(p.step(), x0, x1)).raw("\" cy=\"").num(y.place(p.value(), y1, y0))
                        .raw("\" r=\"2.5\" fill=\"").raw(color).raw("\"/>\n");
            }
        }
    }
}
