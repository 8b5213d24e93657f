package io.modelcards.hf;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Builds a {@link YNode} tree from YAML text with SnakeYAML's event parser, without recursion, so that hostile input
 * (deep nesting, alias bombs, recursive aliases, duplicate keys) ends in a located error rather than a crash.
 */
final class YamlComposer {
    /** Deeper nesting is refused; honest metadata is a handful of levels deep. */
    static final int MAX_DEPTH = 64;
    /** Most nodes the document may expand to once aliases are followed (guards against "billion laughs"). */
    static final long MAX_EXPANDED_NODES = 100_000;

    private final String file;
    private final int lineOffset;

    private YamlComposer(String file, int lineOffset) {
        this.file = file;
        this.lineOffset = lineOffset;
    }

    /**
     * Parses one YAML document; {@code lineOffset} is added to line numbers (the front matter starts on line 2).
     * Returns null for an empty document.
     */
    static YNode compose(String yaml, String file, int lineOffset) throws InvalidInputException {
        return new YamlComposer(file, lineOffset).run(yaml);
    }

    private YNode run(String yaml) throws InvalidInputException {
        LoaderOptions opts = new LoaderOptions();
        opts.setCodePointLimit(Integer.MAX_VALUE);
        opts.setProcessComments(false);
        ParserImpl parser = new ParserImpl(new StreamReader(new StringReader(yaml)), opts);
        Deque<Open> stack = new ArrayDeque<>();
        Map<String, YNode> anchors = new HashMap<>();
        Set<String> openAnchors = new HashSet<>();
        YNode root = null;
        int documents = 0;
        try {
            while (parser.peekEvent() != null) {
                Event e = parser.getEvent();
                switch (e.getEventId()) {
                    case StreamStart, StreamEnd, DocumentEnd, Comment -> { }
                    case DocumentStart -> {
                        if (++documents > 1) {
                            throw error(e.getStartMark(), "hf/yaml-syntax",
                                    "the front matter holds more than one YAML document: keep a single mapping between the --- lines");
                        }
                    }
                    case Scalar -> root = add(stack, scalar((ScalarEvent) e), anchors, e, root);
                    case Alias -> {
                        String name = ((AliasEvent) e).getAnchor();
                        if (openAnchors.contains(name)) {
                            throw error(e.getStartMark(), "hf/yaml-alias",
                                    "alias *" + name + " refers to a node that contains it: remove the recursion");
                        }
                        YNode target = anchors.get(name);
                        if (target == null) {
                            throw error(e.getStartMark(), "hf/yaml-alias",
                                    "alias *" + name + " has no anchor &" + name + " before it: define the anchor first");
                        }
                        root = add(stack, target, null, null, e, root);
                    }
                    case SequenceStart, MappingStart -> {
                        if (stack.size() >= MAX_DEPTH) {
                            throw error(e.getStartMark(), "hf/yaml-depth",
                                    "the front matter is nested more than " + MAX_DEPTH + " levels deep: flatten it");
                        }
                        CollectionStartEvent c = (CollectionStartEvent) e;
                        boolean flow = c.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
                        stack.push(new Open(e instanceof MappingStartEvent, flow, pos(e.getStartMark()), c.getAnchor()));
                        if (c.getAnchor() != null) {
                            openAnchors.add(c.getAnchor());
                        }
                    }
                    case SequenceEnd, MappingEnd -> {
                        Open o = stack.pop();
                        if (o.anchor != null) {
                            openAnchors.remove(o.anchor);
                        }
                        YNode node = o.close();
                        root = add(stack, node, o.anchor == null ? null : anchors, o.anchor, e, root);
                    }
                }
            }
        } catch (MarkedYAMLException ex) {
            String problem = ex.getProblem() != null ? ex.getProblem().trim() : "malformed YAML";
            boolean atEnd = problem.contains("<stream end>") || problem.contains("end of stream");
            // At the end of the text the problem mark is past the YAML; where the unclosed construct began is more useful.
            Mark m = atEnd && ex.getContextMark() != null || ex.getProblemMark() == null ? ex.getContextMark() : ex.getProblemMark();
            if (problem.contains("(TAB)")) {
                throw error(m, "hf/yaml-syntax",
                        "invalid YAML in the front matter: a tab character where YAML needs spaces: indent with spaces, not tabs");
            }
            String context = ex.getContext() == null ? "" : " (" + ex.getContext().trim() + ")";
            throw error(m, "hf/yaml-syntax", "invalid YAML in the front matter" + context + ": " + problem + ": fix the YAML syntax here");
        } catch (ReaderException ex) {
            int[] p = position(yaml, ex.getPosition());
            throw new InvalidInputException(Diagnostic.error(file, p[0], p[1], "hf/yaml-syntax", String.format(Locale.ROOT,
                    "the front matter holds the character U+%04X, which YAML does not allow: remove it, or write it as \\u%04X"
                            + " inside a double-quoted string", ex.getCodePoint(), ex.getCodePoint())));
        } catch (YAMLException ex) {
            throw new InvalidInputException(Diagnostic.error(file, lineOffset, 1, "hf/yaml-syntax",
                    "invalid YAML in the front matter: " + firstLine(ex.getMessage())));
        }
        if (root != null) {
            checkExpansion(root);
        }
        return root;
    }

    /** The file line and column of the {@code index}-th code point of {@code yaml}. */
    private int[] position(String yaml, int index) {
        int line = lineOffset;
        int col = 1;
        int i = 0;
        for (int cp = 0; i < yaml.length() && cp < index; cp++) {
            int c = yaml.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new int[] {line, col};
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "malformed YAML";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private YNode.Scalar scalar(ScalarEvent s) {
        int[] p = pos(s.getStartMark());
        boolean plain = s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
        return new YNode.Scalar(s.getValue(), plain, s.getTag(), p[0], p[1]);
    }

    private YNode add(Deque<Open> stack, YNode.Scalar node, Map<String, YNode> anchors, Event e, YNode root) throws InvalidInputException {
        String anchor = ((NodeEvent) e).getAnchor();
        return add(stack, node, anchor == null ? null : anchors, anchor, e, root);
    }

    private YNode add(Deque<Open> stack, YNode node, Map<String, YNode> anchors, String anchor, Event e, YNode root)
            throws InvalidInputException {
        if (anchors != null && anchor != null) {
            anchors.put(anchor, node);
        }
        if (stack.isEmpty()) {
            return node;
        }
        stack.peek().add(this, node, e);
        return root;
    }

    private int[] pos(Mark m) {
        return m == null ? new int[] {lineOffset, 1} : new int[] {m.getLine() + lineOffset, m.getColumn() + 1};
    }

    InvalidInputException error(Mark m, String code, String message) {
        int[] p = pos(m);
        return new InvalidInputException(Diagnostic.error(file, p[0], p[1], code, message));
    }

    /** Refuses documents whose aliases would expand to more than {@link #MAX_EXPANDED_NODES} nodes. */
    private void checkExpansion(YNode root) throws InvalidInputException {
        Map<YNode, Long> sizes = new IdentityHashMap<>();
        // Post-order without recursion: children before parents.
        Deque<Object[]> work = new ArrayDeque<>();
        work.push(new Object[] {root, false});
        while (!work.isEmpty()) {
            Object[] w = work.pop();
            YNode n = (YNode) w[0];
            if (sizes.containsKey(n)) {
                continue;
            }
            List<YNode> kids = children(n);
            if (!(Boolean) w[1]) {
                work.push(new Object[] {n, true});
                for (YNode k : kids) {
                    work.push(new Object[] {k, false});
                }
                continue;
            }
            long size = 1;
            for (YNode k : kids) {
                size += sizes.getOrDefault(k, 1L);
                if (size > MAX_EXPANDED_NODES) {
                    throw new InvalidInputException(Diagnostic.error(file, n.line(), n.column(), "hf/yaml-alias",
                            "aliases here expand to more than " + MAX_EXPANDED_NODES
                                    + " values: write the values out or remove the aliases"));
                }
            }
            sizes.put(n, size);
        }
    }

    static List<YNode> children(YNode n) {
        if (n instanceof YNode.Seq s) {
            return s.items();
        }
        if (n instanceof YNode.Map m) {
            List<YNode> l = new ArrayList<>();
            for (YNode.Entry en : m.entries()) {
                l.add(en.value());
            }
            return l;
        }
        return List.of();
    }

    /** A collection whose end event has not been seen yet. */
    private static final class Open {
        final boolean mapping;
        final boolean flow;
        final int[] start;
        final String anchor;
        final List<YNode> items = new ArrayList<>();
        final List<YNode.Entry> entries = new ArrayList<>();
        final Set<String> keys = new HashSet<>();
        YNode.Scalar pendingKey;

        Open(boolean mapping, boolean flow, int[] start, String anchor) {
            this.mapping = mapping;
            this.flow = flow;
            this.start = start;
            this.anchor = anchor;
        }

        void add(YamlComposer c, YNode node, Event e) throws InvalidInputException {
            if (!mapping) {
                items.add(node);
                return;
            }
            if (pendingKey == null) {
                if (!(node instanceof YNode.Scalar k)) {
                    throw new InvalidInputException(Diagnostic.error(c.file, node.line(), node.column(), "hf/yaml-key",
                            "a mapping key must be a plain value, not a list or mapping: use a text key"));
                }
                if (!keys.add(k.text())) {
                    throw new InvalidInputException(Diagnostic.error(c.file, k.line(), k.column(), "hf/duplicate-key",
                            "duplicate key \"" + k.text() + "\": keep one of the entries and delete the other"));
                }
                pendingKey = k;
                return;
            }
            entries.add(new YNode.Entry(pendingKey.text(), pendingKey, node));
            pendingKey = null;
        }

        YNode close() {
            return mapping ? new YNode.Map(entries, flow, start[0], start[1])
                           : new YNode.Seq(items, flow, start[0], start[1]);
        }
    }
}
