package io.modelcards.hf;

import io.modelcards.card.Metadata;
import io.modelcards.card.ReadmeSource;
import io.modelcards.diagnostic.InvalidInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the front matter of a card that came from a README: keys whose value did not change keep their original
 * text (quoting, comments, flow or block style), changed keys are re-emitted as PyYAML would write them, removed keys
 * are deleted, and new keys are added before {@code model-index} or at the end.
 */
final class FrontMatterWriter {
    private FrontMatterWriter() {}

    /** The YAML between the fences for {@code md}, as close to {@code src.frontMatter()} as the changes allow. */
    static String edit(ReadmeSource src, Metadata md, String le) {
        String yaml = src.frontMatter();
        Map<String, Object> now = HfMetadata.toDict(md, src.scalarKeys(), src.metadataKeys());
        YNode root;
        try {
            root = YamlComposer.compose(yaml, "-", 0);
        } catch (InvalidInputException e) {
            return dump(now, md.plainScalars(), le);
        }
        if (root == null) {
            return now.isEmpty() ? yaml : yaml + dump(now, md.plainScalars(), le);
        }
        Map<String, Object> was = root instanceof YNode.Map m ? HfMetadata.toDict(
                MetadataReader.read(m, new Located("-"), true).metadata(), src.scalarKeys(), src.metadataKeys()) : Map.of();
        if (was.equals(now)) {
            return yaml;
        }
        if (!(root instanceof YNode.Map rm) || rm.flow()) {
            return dump(now, md.plainScalars(), le);
        }
        List<String> lines = MarkdownBlocks.lines(yaml);
        List<YNode.Entry> entries = rm.entries();
        Map<String, Object> added = new LinkedHashMap<>(now);
        entries.forEach(e -> added.remove(e.key()));
        boolean hasIndex = entries.stream().anyMatch(e -> e.key().equals("model-index"));
        StringBuilder out = new StringBuilder();
        int cursor = 0;
        for (int i = 0; i < entries.size(); i++) {
            YNode.Entry e = entries.get(i);
            int start = e.keyNode().line();
            int next = i + 1 < entries.size() ? entries.get(i + 1).keyNode().line() : lines.size();
            int end = next;
            while (end > start + 1 && between(lines.get(end - 1))) {
                end--;
            }
            append(out, lines, cursor, start);
            if (e.key().equals("model-index") && !added.isEmpty()) {
                out.append(dump(added, md.plainScalars(), le));
                added.clear();
            }
            String k = e.key();
            if (Objects.equals(was.get(k), now.get(k))) {
                append(out, lines, start, end);
            } else if (now.containsKey(k)) {
                Map<String, String> texts = new HashMap<>();
                numberTexts(e.value(), "/" + Located.escape(k), texts);
                out.append(dump(Map.of(k, now.get(k)), texts, md.plainScalars(), le));
            }
            cursor = end;
            if (i == entries.size() - 1 && !hasIndex && !added.isEmpty()) {
                out.append(dump(added, md.plainScalars(), le));
            }
        }
        append(out, lines, cursor, lines.size());
        return readsAs(out.toString(), now, src) ? out.toString() : dump(now, md.plainScalars(), le);
    }

    /**
     * Whether edited front matter reads back as {@code expected}. Editing key by key can break YAML that links keys
     * (an anchor defined in a rewritten key and used by another); then the whole front matter is written anew.
     */
    private static boolean readsAs(String yaml, Map<String, Object> expected, ReadmeSource src) {
        try {
            YNode root = YamlComposer.compose(yaml, "-", 0);
            Map<String, Object> got = root instanceof YNode.Map m ? HfMetadata.toDict(
                    MetadataReader.read(m, new Located("-"), true).metadata(), src.scalarKeys(), src.metadataKeys()) : Map.of();
            return got.equals(expected);
        } catch (InvalidInputException e) {
            return false;
        }
    }

    /** Whether a line after a value belongs to no key: blank, a comment at the margin, or a document end marker. */
    private static boolean between(String line) {
        return line.isBlank() || line.startsWith("#") || line.stripTrailing().equals("...");
    }

    /** The text of every plain number under {@code n}, by path, so that a re-emitted key keeps how numbers were written. */
    private static void numberTexts(YNode n, String path, Map<String, String> texts) {
        if (n instanceof YNode.Scalar s && s.plain() && YamlValues.scalar(s) instanceof Number) {
            texts.put(path, s.text());
        } else if (n instanceof YNode.Seq q) {
            for (int i = 0; i < q.items().size(); i++) {
                numberTexts(q.items().get(i), path + "/" + i, texts);
            }
        } else if (n instanceof YNode.Map m) {
            for (YNode.Entry e : m.entries()) {
                numberTexts(e.value(), path + "/" + Located.escape(e.key()), texts);
            }
        }
    }

    /**
     * {@code d} as PyYAML writes it, with {@code le} line ends, and the strings at {@code plainScalars} plain
     * ({@link io.modelcards.card.Metadata#plainScalars()}); empty for an empty map.
     */
    static String dump(Map<String, Object> d, Collection<String> plainScalars, String le) {
        return dump(d, Map.of(), plainScalars, le);
    }

    private static String dump(Map<String, Object> d, Map<String, String> numberTexts, Collection<String> plainScalars, String le) {
        if (d.isEmpty()) {
            return "";
        }
        Map<String, Object> copy = new LinkedHashMap<>(d);
        String y = PyYaml.dump(copy, numberTexts, plainScalars);
        return le.equals("\n") ? y : y.replace("\n", le);
    }

    private static void append(StringBuilder out, List<String> lines, int from, int to) {
        for (String l : new ArrayList<>(lines.subList(from, Math.max(from, to)))) {
            out.append(l);
        }
    }
}
