package io.modelcards.capture.energy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * The bundled table of grid carbon intensity by country and cloud region ({@code grid-intensity.csv}), with its
 * sources and data years. A region is looked up by table key ("FRA", "aws:eu-west-3"), ISO 3166 two-letter code
 * ("FR") or name ("France"), ignoring case; an unknown region gets the {@link #FALLBACK_REGION} world average.
 */
public final class GridIntensityTable {
    /** The row used when a region is unknown or not given: the world average, the least wrong single figure. */
    public static final String FALLBACK_REGION = "WORLD";

    private static final String RESOURCE = "grid-intensity.csv";

    private final Map<String, GridIntensity> byKey;
    private final Map<String, GridIntensity> byName;
    private final List<String> sources;

    private GridIntensityTable(Map<String, GridIntensity> byKey, Map<String, GridIntensity> byName, List<String> sources) {
        this.byKey = byKey;
        this.byName = byName;
        this.sources = sources;
    }

    /** Loads the table shipped in the jar. */
    public static GridIntensityTable bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final GridIntensityTable BUNDLED = parse(BundledTable.load(RESOURCE));
    }

    /** Country rows carry a figure; cloud rows carry "=CODE" and take the figure and year of that country row. */
    private static GridIntensityTable parse(BundledTable table) {
        Map<String, GridIntensity> byKey = new LinkedHashMap<>();
        Map<String, GridIntensity> byName = new LinkedHashMap<>();
        for (List<String> cells : table.rows()) {
            String key = cells.get(0);
            String value = cells.get(2);
            GridIntensity row;
            if (value.startsWith("=")) {
                GridIntensity country = byKey.get(value.substring(1).toLowerCase(Locale.ROOT));
                if (country == null) throw new IllegalStateException(RESOURCE + ": " + key + " refers to unknown " + value);
                row = new GridIntensity(key, cells.get(1), country.gramsPerKwh(), country.year(), true);
            } else {
                row = new GridIntensity(key, cells.get(1), Double.parseDouble(value), Integer.valueOf(cells.get(3)), true);
            }
            byKey.put(key.toLowerCase(Locale.ROOT), row);
            byName.putIfAbsent(cells.get(1).toLowerCase(Locale.ROOT), row);
        }
        if (!byKey.containsKey(FALLBACK_REGION.toLowerCase(Locale.ROOT))) {
            throw new IllegalStateException(RESOURCE + ": no " + FALLBACK_REGION + " row");
        }
        return new GridIntensityTable(Map.copyOf(byKey), Map.copyOf(byName), table.sources());
    }

    /** The sources named in the table's header. */
    public List<String> sources() {
        return sources;
    }

    /** Every row, keyed by its lower-cased region key. */
    public Map<String, GridIntensity> rows() {
        return byKey;
    }

    /** The intensity for {@code region}; the world average with {@code fromTable = false} when unknown or null. */
    public GridIntensity lookup(String region) {
        if (region != null && !region.isBlank()) {
            String wanted = region.trim().toLowerCase(Locale.ROOT);
            GridIntensity hit = byKey.get(wanted);
            if (hit == null) hit = byKey.get(alpha3(wanted));
            if (hit == null) hit = byName.get(wanted);
            if (hit != null) return hit;
        }
        GridIntensity world = byKey.get(FALLBACK_REGION.toLowerCase(Locale.ROOT));
        return new GridIntensity(world.region(), world.name(), world.gramsPerKwh(), world.year(), false);
    }

    private static String alpha3(String code) {
        if (code.length() != 2) return "";
        try {
            return new Locale("", code.toUpperCase(Locale.ROOT)).getISO3Country().toLowerCase(Locale.ROOT);
        } catch (MissingResourceException e) {
            return "";
        }
    }
}
