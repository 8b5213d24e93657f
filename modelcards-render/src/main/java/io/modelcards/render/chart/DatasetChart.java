package io.modelcards.render.chart;

import io.modelcards.card.DatasetInfo;
import io.modelcards.card.DatasetStatistics;
import io.modelcards.card.DatasetStatistics.Column;
import io.modelcards.card.Distribution;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Draws a profiled dataset as a standalone SVG of small multiples: the label classes, one histogram per numeric column,
 * and the length histograms of text and list columns. Like {@link TrainingChart}, it loads nothing, holds no ids,
 * timestamps or random values, and escapes every piece of card text, so it is byte-stable and safe inline in HTML.
 */
public final class DatasetChart {
    static final int WIDTH = 760;
    private static final int MARGIN = 12;
    private static final int GAP = 22;
    private static final int HEADER = 34;
    private static final int PANEL_HEIGHT = 160;
    private static final int COLS = 3;
    /** A chart with more panels would be too tall to read; the tables still list every column. */
    static final int MAX_PANELS = 24;
    private static final String FONT = "system-ui, -apple-system, &#39;Segoe UI&#39;, Roboto, Helvetica, Arial, sans-serif";

    private DatasetChart() {}

    /**
     * The chart file name of each dataset, in order: {@code data_<slug>.svg} where the slug is made of the name and
     * split (a number added when two datasets would share one), or "" for a dataset without a chart.
     */
    public static List<String> fileNames(List<DatasetInfo> datasets) {
        List<String> names = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (DatasetInfo d : datasets) {
            if (panels(d).isEmpty()) {
                names.add("");
                continue;
            }
            String base = "data_" + slug(d.name() == null ? "" : d.name())
                    + (d.split() == null || d.split().isBlank() ? "" : "-" + slug(d.split()));
            String name = base;
            for (int n = 2; !used.add(name); n++) {
                name = base + "-" + n;
            }
            names.add(name + ".svg");
        }
        return names;
    }

    /** The chart of {@code d} (SVG markup ending with a line end), or empty when it has nothing to draw. */
    public static Optional<String> svg(DatasetInfo d) {
        List<DataPanel> panels = panels(d);
        return panels.isEmpty() ? Optional.empty() : Optional.of(draw(d.name() == null ? "dataset" : d.name(), panels));
    }

    static String slug(String s) {
        String flat = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        flat = flat.length() > 40 ? flat.substring(0, 40).replaceAll("-+$", "") : flat;
        return flat.isEmpty() ? "dataset" : flat;
    }

    static List<DataPanel> panels(DatasetInfo d) {
        List<DataPanel> out = new ArrayList<>();
        DatasetStatistics s = d.statistics();
        if (s == null) {
            return out;
        }
        String label = s.label() == null ? null : s.label().column();
        if (s.label() != null && s.label().classes().stream().anyMatch(c -> c.count() > 0)) {
            out.add(new DataPanel.Categories(label + " \u00b7 classes", "#d55e00", s.label().classes()));
        }
        for (Column c : s.columns()) {
            if (!c.name().equals(label) && DataPanel.drawable(c.histogram())) {
                out.add(new DataPanel.Bins(c.name(), "#0072b2", c.histogram(), "int".equals(c.type())));
            }
        }
        for (Column c : s.columns()) {
            add(out, c.name() + " \u00b7 characters", "#009e73", c.chars());
            add(out, c.name() + " \u00b7 list length", "#cc79a7", c.listLength());
        }
        return out.size() > MAX_PANELS ? out.subList(0, MAX_PANELS) : out;
    }

    private static void add(List<DataPanel> out, String title, String color, Distribution d) {
        if (d != null && DataPanel.drawable(d.histogram())) {
            out.add(new DataPanel.Bins(title, color, d.histogram(), true));
        }
    }

    static String draw(String name, List<DataPanel> panels) {
        int rows = (panels.size() + COLS - 1) / COLS;
        double panelWidth = (WIDTH - 2.0 * MARGIN - (COLS - 1) * GAP) / COLS;
        int height = HEADER + rows * PANEL_HEIGHT + MARGIN;
        Svg svg = new Svg();
        svg.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + WIDTH + " " + height + "\" role=\"img\" font-family=\"" + FONT
                + "\" font-size=\"11\" class=\"data-profile\">\n");
        StringBuilder title = new StringBuilder("Data profile of ").append(Svg.shorten(name, 80)).append(": ");
        for (int i = 0; i < panels.size(); i++) {
            title.append(i == 0 ? "" : ", ").append(Svg.shorten(panels.get(i).title(), 60));
        }
        svg.raw("<title>").text(title.toString()).raw("</title>\n");
        svg.raw("<rect width=\"" + WIDTH + "\" height=\"" + height + "\" fill=\"#ffffff\"/>\n");
        svg.raw("<text x=\"" + MARGIN + "\" y=\"20\" font-size=\"14\" font-weight=\"600\" fill=\"#1f2328\">Data profile: ")
                .text(Svg.shorten(name, 60)).raw("</text>\n");
        for (int i = 0; i < panels.size(); i++) {
            double left = MARGIN + (i % COLS) * (panelWidth + GAP);
            double top = HEADER + (i / COLS) * PANEL_HEIGHT;
            BarPanel.draw(svg, panels.get(i), left, top, panelWidth, PANEL_HEIGHT - 14);
        }
        return svg.raw("</svg>\n").toString();
    }
}
