package io.modelcards.hf;

import io.modelcards.card.ModelCard;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One Markdown field in a Hub layout's section, with that layout's placeholder ("More information needed" in the
 * transformers Trainer card). HTML comments that end the section (sentence-transformers comments out the template's
 * unused sections) are layout, not content. As a title, the heading is the model name and the text its summary.
 */
final class HubText implements HubCodec {
    private final String field;
    private final String placeholder;
    private final boolean title;

    private HubText(String field, String placeholder, boolean title) {
        this.field = field;
        this.placeholder = placeholder;
        this.title = title;
    }

    /** A text section filling {@code field}; {@code placeholder} (or null) is the layout's text for "empty". */
    static HubText of(String field, String placeholder) {
        return new HubText(field, placeholder, false);
    }

    /** A leading H1 naming the model, its text the summary. */
    static HubText title() {
        return new HubText("/details/name", null, true);
    }

    @Override
    public List<String> fields() {
        return title ? List.of("/details/name", "/details/summary") : List.of(field);
    }

    @Override
    public Map<String, Object> read(String heading, String body) {
        BodySpan span = BodySpan.of(body.substring(0, commentsStart(body)), null);
        Map<String, Object> v = new HashMap<>();
        if (title) {
            v.put("/details/name", heading.isBlank() ? null : heading.strip());
            v.put("/details/summary", span.value(null));
        } else {
            v.put(field, span.value(placeholder));
        }
        return v;
    }

    @Override
    public String write(String body, ModelCard card, String le, boolean last) {
        int cut = commentsStart(body);
        String main = body.substring(0, cut);
        String comments = body.substring(cut);
        BodySpan span = BodySpan.of(main, null);
        String value = CardFields.text(card, title ? "/details/summary" : field);
        String content = value != null ? value : placeholder == null ? "" : placeholder;
        if (content.isEmpty() && span.content().isEmpty()) {
            return body.isEmpty() && !last ? le : body;
        }
        return span.with(content, le, last && comments.isEmpty()) + comments;
    }

    @Override
    public String headLine(String original, String heading, ModelCard card, String le) {
        String name = CardFields.text(card, "/details/name");
        if (title && name != null && !Objects.equals(name, heading.strip())) {
            return "#".repeat(Math.max(1, original.indexOf(' '))) + " " + name + le;
        }
        return HubCodec.super.headLine(original, heading, card, le);
    }

    /** Where the run of HTML comments (and blank lines) that ends {@code body} starts; the body's length when none. */
    static int commentsStart(String body) {
        int end = body.length();
        while (true) {
            int e = end;
            while (e > 0 && Character.isWhitespace(body.charAt(e - 1))) {
                e--;
            }
            if (e < 3 || !body.startsWith("-->", e - 3)) {
                return end;
            }
            int open = body.lastIndexOf("<!--", e - 3);
            if (open < 0 || open > 0 && body.charAt(open - 1) != '\n' || body.indexOf("-->", open) != e - 3) {
                return end;
            }
            end = open;
        }
    }
}
