package io.modelcards.capture.energy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small CSV resource shipped in the jar: '#' lines form the header (those starting "# source:" name the sources),
 * then one row of column names, then rows of plain comma-separated cells (no quoting: the tables need none).
 */
record BundledTable(List<String> sources, List<String> columns, List<List<String>> rows) {

    /** Loads a resource next to this class; a missing or malformed bundled table is a build defect, so it throws. */
    static BundledTable load(String resource) {
        try (InputStream in = BundledTable.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("bundled table missing from the jar: " + resource);
            return parse(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled table " + resource, e);
        }
    }

    private static BundledTable parse(String resource, BufferedReader reader) throws IOException {
        List<String> sources = new ArrayList<>();
        List<String> columns = null;
        List<List<String>> rows = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank()) continue;
            if (line.startsWith("#")) {
                String text = line.substring(1).trim();
                if (text.startsWith("source:")) sources.add(text.substring("source:".length()).trim());
                continue;
            }
            List<String> cells = List.of(line.split(",", -1));
            if (columns == null) {
                columns = cells;
            } else if (cells.size() != columns.size()) {
                throw new IllegalStateException(resource + ": row has " + cells.size() + " cells, header has "
                        + columns.size() + ": " + line);
            } else {
                rows.add(cells);
            }
        }
        if (columns == null) throw new IllegalStateException(resource + ": no header row");
        return new BundledTable(List.copyOf(sources), columns, List.copyOf(rows));
    }
}
