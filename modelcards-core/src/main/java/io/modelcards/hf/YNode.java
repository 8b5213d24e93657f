package io.modelcards.hf;

import java.util.List;

/**
 * A YAML node as written in the front matter, with its 1-based position in the README. Aliases point to the same
 * node object as their anchor, so a shared node is one object.
 */
sealed interface YNode permits YNode.Scalar, YNode.Seq, YNode.Map {

    int line();

    int column();

    /**
     * A scalar: its text as parsed (escapes resolved), whether it was plain (unquoted, not a block scalar), and an
     * explicit tag if one was written ({@code !!str}), else null.
     */
    record Scalar(String text, boolean plain, String tag, int line, int column) implements YNode {}

    /** A sequence, block or flow. */
    record Seq(List<YNode> items, boolean flow, int line, int column) implements YNode {}

    /** A mapping, block or flow, with entries in written order. */
    record Map(List<Entry> entries, boolean flow, int line, int column) implements YNode {}

    /** One mapping entry; {@code key} is the key's text. */
    record Entry(String key, Scalar keyNode, YNode value) {}
}
