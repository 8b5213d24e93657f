package io.modelcards.standards.internal.mct;

import io.modelcards.card.DatasetInfo;
import io.modelcards.card.DatasetInfoBuilder;
import io.modelcards.card.DatasetStatisticsBuilder;
import io.modelcards.card.PrivacyFinding;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads MCT's {@code model_parameters.data[]} back into datasets, undoing what {@link MctSections} writes. */
final class MctDatasets {
    private static final Pattern SENSITIVE = Pattern.compile("(.+) in column (.+) \\((\\d{1,18}) values?\\)");

    private MctDatasets() {}

    static List<DatasetInfo> read(JsonInput in) {
        List<DatasetInfo> out = new ArrayList<>();
        int n = in.size("/model_parameters/data");
        for (int i = 0; i < n; i++) {
            String p = "/model_parameters/data/" + i;
            if (!in.isObject(p)) {
                continue;
            }
            DatasetInfoBuilder b = DatasetInfoBuilder.builder().name(in.text(p + "/name")).sourceUri(in.text(p + "/link"));
            String description = in.text(p + "/description");
            Long rows = description == null ? null : describe(b, description, in, p + "/description");
            List<PrivacyFinding> privacy = sensitive(in, p + "/sensitive/sensitive_data");
            if (!privacy.isEmpty()) {
                b.statistics(DatasetStatisticsBuilder.builder().rows(rows == null ? 0 : rows).privacy(privacy).build());
            }
            out.add(b.build());
        }
        return out;
    }

    /** Sets what the {@code key: value; …} description holds; returns the rows, or null. */
    private static Long describe(DatasetInfoBuilder b, String description, JsonInput in, String pointer) {
        Long rows = null;
        for (String part : description.split("; ")) {
            int colon = part.indexOf(": ");
            if (colon < 0) {
                continue;
            }
            String key = part.substring(0, colon);
            String value = part.substring(colon + 2);
            switch (key) {
                case "role" -> b.role(value);
                case "split" -> b.split(value);
                case "revision" -> b.revision(value);
                case "content_hash" -> b.contentHash(value);
                case "rows" -> {
                    rows = count(value, in, pointer);
                    b.rows(rows);
                }
                case "bytes" -> b.bytes(count(value, in, pointer));
                default -> { }
            }
        }
        return rows;
    }

    private static Long count(String value, JsonInput in, String pointer) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            in.problem(pointer, "number", pointer + ": expected a whole number after rows: or bytes:, found \"" + value + "\"");
            return null;
        }
    }

    private static List<PrivacyFinding> sensitive(JsonInput in, String pointer) {
        List<PrivacyFinding> out = new ArrayList<>();
        int n = in.size(pointer);
        for (int i = 0; i < n; i++) {
            String line = in.text(pointer + "/" + i);
            Matcher m = line == null ? null : SENSITIVE.matcher(line);
            if (m != null && m.matches()) {
                out.add(new PrivacyFinding(m.group(2), m.group(1), Long.parseLong(m.group(3)), List.of()));
            } else if (line != null) {
                // Free text a person wrote in MCT still names sensitive data: keep it as a finding of that kind.
                out.add(new PrivacyFinding(null, line, 0, List.of()));
            }
        }
        return out;
    }
}
