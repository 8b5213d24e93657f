package io.modelcards.hf;

import io.modelcards.card.Considerations.Risk;
import io.modelcards.card.ModelDetails.Owner;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes the README sections that hold a list of records: "Owners and Contacts" (one bullet per owner) and
 * "Ethical Considerations" (a Risk | Mitigation table). Reading gives null for text of another shape, which the
 * caller keeps as an unknown section, so a person's free text is never lost.
 */
final class TableSections {
    /** "- NAME (CONTACT)" or "- NAME", the bullet optional; the contact is the last parenthesised part. */
    private static final Pattern OWNER = Pattern.compile("^(?:[-*] )?(.*?)(?: \\(([^()]*)\\))?$");
    private static final Pattern SEPARATOR = Pattern.compile("^\\|\\s*:?-+:?\\s*\\|\\s*:?-+:?\\s*\\|$");
    private static final String MORE = TemplateSection.MORE;

    private TableSections() {}

    /**
     * The owners in a section's content, one a line (a person may leave out the bullet), empty for the placeholder,
     * or null when a line is a heading, table or other block.
     */
    static List<Owner> owners(String content) {
        List<Owner> out = new ArrayList<>();
        String c = content.replace("\r\n", "\n").strip();
        if (c.isEmpty() || c.equals(MORE)) {
            return out;
        }
        for (String line : c.split("\n")) {
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            Matcher m = OWNER.matcher(t);
            if (!m.matches() || t.startsWith("#") || t.startsWith("|") || t.startsWith("<") || t.startsWith("```")) {
                return null;
            }
            String name = m.group(1).strip();
            String contact = m.group(2) == null ? null : m.group(2).strip();
            if (name.startsWith("(") && name.endsWith(")") && contact == null) {
                contact = name.substring(1, name.length() - 1).strip();
                name = "";
            }
            out.add(new Owner(name.isEmpty() ? null : name, contact == null || contact.isEmpty() ? null : contact));
        }
        return out;
    }

    /** The owners as the section's content: one bullet each, or the placeholder. */
    static String owners(List<Owner> owners) {
        List<String> lines = new ArrayList<>();
        for (Owner o : owners) {
            String name = o.name() == null ? "" : o.name().strip();
            String contact = o.contact() == null || o.contact().isBlank() ? "" : "(" + o.contact().strip() + ")";
            lines.add(("- " + name + (name.isEmpty() || contact.isEmpty() ? "" : " ") + contact).stripTrailing());
        }
        return lines.isEmpty() ? MORE : String.join("\n", lines);
    }

    /** The risks in a "| Risk | Mitigation |" table, empty for the placeholder row, or null for any other text. */
    static List<Risk> risks(String content) {
        List<Risk> out = new ArrayList<>();
        String c = content.replace("\r\n", "\n").strip();
        if (c.isEmpty()) {
            return out;
        }
        String[] lines = c.split("\n");
        if (lines.length < 2 || !isHeader(lines[0]) || !SEPARATOR.matcher(lines[1].strip()).matches()) {
            return null;
        }
        for (int i = 2; i < lines.length; i++) {
            List<String> cells = cells(lines[i].strip());
            if (cells == null || cells.size() != 2) {
                return null;
            }
            String name = value(cells.get(0));
            String mitigation = value(cells.get(1));
            if (name != null || mitigation != null) {
                out.add(new Risk(name, mitigation));
            }
        }
        return out;
    }

    /** The risks as a table, with a placeholder row when there are none. */
    static String risks(List<Risk> risks) {
        StringBuilder sb = new StringBuilder("| Risk | Mitigation |\n|------|------------|");
        for (Risk r : risks) {
            sb.append("\n| ").append(cell(r.name())).append(" | ").append(r.mitigation() == null || r.mitigation().isBlank()
                    ? MORE : cell(r.mitigation())).append(" |");
        }
        if (risks.isEmpty()) {
            sb.append("\n| ").append(MORE).append(" | ").append(MORE).append(" |");
        }
        return sb.toString();
    }

    private static boolean isHeader(String line) {
        List<String> cells = cells(line.strip());
        return cells != null && cells.size() == 2 && cells.get(0).strip().toLowerCase(Locale.ROOT).equals("risk")
                && cells.get(1).strip().toLowerCase(Locale.ROOT).equals("mitigation");
    }

    /** The raw cells of a table row "| a | b |", split at unescaped pipes, or null when the line is not a row. */
    private static List<String> cells(String row) {
        if (row.length() < 2 || !row.startsWith("|") || !row.endsWith("|") || row.endsWith("\\|")) {
            return null;
        }
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 1; i < row.length() - 1; i++) {
            char ch = row.charAt(i);
            if (ch == '\\' && i + 1 < row.length() - 1) {
                cur.append(ch).append(row.charAt(++i));
            } else if (ch == '|') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }

    /** A cell's text as a card value: escapes undone, {@code <br>} back to a line end; null for empty or placeholder. */
    private static String value(String raw) {
        String t = raw.strip();
        if (t.isEmpty() || t.equals(MORE)) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == '\\' && i + 1 < t.length() && (t.charAt(i + 1) == '\\' || t.charAt(i + 1) == '|')) {
                sb.append(t.charAt(++i));
            } else if (t.startsWith("<br>", i)) {
                sb.append('\n');
                i += 3;
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** Text as one table cell, escaped as the render module's table cells are. */
    private static String cell(String s) {
        if (s == null) {
            return "";
        }
        return s.strip().replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>").replace("\r", "<br>");
    }
}
