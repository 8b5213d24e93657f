package io.modelcards.render.chart;

import io.modelcards.card.LogEntry;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;

/**
 * Draws the training curve as a standalone SVG: one small panel per metric (losses, accuracies and learning rates
 * have unrelated scales, so each gets its own y axis), all on the same step axis, with the best checkpoint as a
 * dashed line and a ring on each metric's value there. The SVG loads nothing (no fonts, images, scripts or styles
 * from elsewhere), holds no ids, timestamps or random values, and escapes every piece of card text, so the same log
 * gives the same bytes and the markup is safe to put into an HTML page as it is.
 */
public final class TrainingChart {
    /** The file name of the chart beside a README.md, and the image path the built-in templates refer to. */
    public static final String FILE_NAME = "training_curve.svg";

    static final int WIDTH = 760;
    private static final int MARGIN = 12;
    private static final int GAP = 28;
    private static final int HEADER = 34;
    private static final int PANEL_HEIGHT = 220;
    private static final String[] COLORS = {"#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#8c6d1f", "#4b5563"};
    private static final String FONT = "system-ui, -apple-system, &#39;Segoe UI&#39;, Roboto, Helvetica, Arial, sans-serif";

    private TrainingChart() {}

    /** Whether {@code log} has a chart: some row has a finite metric value. */
    public static boolean exists(List<LogEntry> log) {
        return !TrainingCurve.of(log).isEmpty();
    }

    /** The chart of {@code log} (SVG markup ending with a line end), or empty when no row has a finite metric. */
    public static Optional<String> svg(List<LogEntry> log) {
        TrainingCurve curve = TrainingCurve.of(log);
        return curve.isEmpty() ? Optional.empty() : Optional.of(draw(curve));
    }

    static String draw(TrainingCurve curve) {
        int n = curve.series().size();
        int cols = n == 1 ? 1 : 2;
        int rows = (n + cols - 1) / cols;
        double panelWidth = (WIDTH - 2.0 * MARGIN - (cols - 1) * GAP) / cols;
        int height = HEADER + rows * PANEL_HEIGHT + MARGIN;
        long[] range = curve.stepRange();
        Ticks x = Ticks.of(range[0], range[1], cols == 1 ? 8 : 5, true);

        Svg svg = new Svg();
        svg.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + WIDTH + " " + height + "\" role=\"img\" font-family=\"" + FONT
                + "\" font-size=\"12\" class=\"training-curve\">\n");
        svg.raw("<title>").text(title(curve)).raw("</title>\n");
        svg.raw("<rect width=\"" + WIDTH + "\" height=\"" + height + "\" fill=\"#ffffff\"/>\n");
        header(svg, curve);
        for (int i = 0; i < n; i++) {
            double left = MARGIN + (i % cols) * (panelWidth + GAP);
            double top = HEADER + (i / cols) * PANEL_HEIGHT;
            Panel.draw(svg, curve.series().get(i), COLORS[i % COLORS.length], curve.bestStep(), x, left, top, panelWidth,
                    PANEL_HEIGHT - 16);
        }
        return svg.raw("</svg>\n").toString();
    }

    private static String title(TrainingCurve curve) {
        StringBuilder sb = new StringBuilder("Training curve by step: ");
        for (int i = 0; i < curve.series().size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(Svg.shorten(curve.series().get(i).name(), 80));
        }
        if (curve.bestStep() != null) {
            sb.append("; best checkpoint at step ").append(curve.bestStep());
        }
        return sb.toString();
    }

    private static void header(Svg svg, TrainingCurve curve) {
        svg.raw("<text x=\"" + MARGIN + "\" y=\"20\" font-size=\"14\" font-weight=\"600\" fill=\"#1f2328\">Training curve</text>\n");
        if (curve.bestStep() != null) {
            double x = MARGIN + 150; // after the title, so a long step number still fits the width
            svg.raw("<line x1=\"").num(x).raw("\" y1=\"16\" x2=\"").num(x + 22)
                    .raw("\" y2=\"16\" stroke=\"#57606a\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>\n");
            svg.raw("<text x=\"").num(x + 28).raw("\" y=\"20\" fill=\"#57606a\">best checkpoint (step ")
                    .raw(String.valueOf(curve.bestStep())).raw(")</text>\n");
        }
    }

    /** A metric value for reading: four significant digits, no trailing zeros; e-notation below 0.001 (2.5e-5). */
    static String value(double v) {
        BigDecimal d = new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        if (d.abs().compareTo(new BigDecimal("0.001")) < 0) {
            int exponent = d.precision() - d.scale() - 1;
            return d.movePointLeft(exponent).toPlainString() + "e" + exponent;
        }
        return d.toPlainString();
    }
}
