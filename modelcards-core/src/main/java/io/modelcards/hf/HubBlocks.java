package io.modelcards.hf;

import io.modelcards.card.ModelCard;
import io.modelcards.card.ReadmeSource;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the Hub layouts meet the README reader and writer. Reading, a block whose heading is a {@link HubSection} and
 * whose text has that section's shape is claimed for its fields (before huggingface_hub's template headings are
 * tried); writing, the same test on the saved blocks finds the codec again, so an unchanged block is copied and a
 * changed one is rewritten in its own layout. In a README that shows a library layout, a leading H1 is the model's
 * name and its text the summary.
 */
final class HubBlocks {
    private static final HubText TITLE = HubText.title();
    private static final String ENVIRONMENT_INTRO = "Carbon emissions can be estimated using the [Machine Learning Impact calculator]"
            + "(https://mlco2.github.io/impact#compute) presented in [Lacoste et al. (2019)](https://arxiv.org/abs/1910.09700).";

    private final boolean layout;
    private final int title;

    /** A block claimed for a Hub section: the (possibly merged) block, how many following blocks it took, its values. */
    record Claim(MarkdownBlocks.Raw raw, int absorbed, String field, Map<String, Object> values) {}

    private HubBlocks(boolean layout, int title) {
        this.layout = layout;
        this.title = title;
    }

    /** The layout seen in a README's raw blocks. */
    static HubBlocks of(List<MarkdownBlocks.Raw> raws) {
        return of(raws.stream().map(MarkdownBlocks.Raw::heading).toList(), raws.stream().map(MarkdownBlocks.Raw::level).toList());
    }

    /** The layout seen in a card's saved blocks. */
    static HubBlocks ofBlocks(List<ReadmeSource.Block> blocks) {
        return of(blocks.stream().map(ReadmeSource.Block::heading).toList(), blocks.stream().map(ReadmeSource.Block::level).toList());
    }

    private static HubBlocks of(List<String> headings, List<Integer> levels) {
        boolean layout = false;
        for (int i = 0; i < headings.size(); i++) {
            layout |= HubSection.marks(headings.get(i), levels.get(i));
        }
        int title = -1;
        for (int i = 0; i < headings.size() && title < 0; i++) {
            if (headings.get(i) != null) {
                title = levels.get(i) == 1 && !isTemplateTitle(headings.get(i)) ? i : -2;
            }
        }
        return new HubBlocks(layout, layout ? title : -1);
    }

    private static boolean isTemplateTitle(String heading) {
        return heading.toLowerCase(Locale.ROOT).startsWith("model card for");
    }

    /** The claim on block {@code i}, or null when it is no Hub section (or its field was claimed already). */
    Claim claim(List<MarkdownBlocks.Raw> raws, int i, Set<String> claimed) {
        MarkdownBlocks.Raw raw = raws.get(i);
        if (i == title && !claimed.contains("/details/name")) {
            Map<String, Object> v = TITLE.read(raw.heading(), BodyReader.afterHeading(raw.text()));
            return new Claim(raw, 0, "/details/name", v);
        }
        Optional<HubSection> s = HubSection.find(raw.heading(), raw.level(), layout);
        if (s.isEmpty() || claimed.contains(s.get().field())) {
            return null;
        }
        int absorbed = 0;
        StringBuilder text = new StringBuilder(raw.text());
        while (s.get().absorbs() && i + absorbed + 1 < raws.size() && raws.get(i + absorbed + 1).level() > raw.level()) {
            absorbed++;
            text.append(raws.get(i + absorbed).text());
        }
        MarkdownBlocks.Raw merged = new MarkdownBlocks.Raw(raw.heading(), raw.level(), text.toString(), raw.line());
        Map<String, Object> v = s.get().codec().read(raw.heading(), BodyReader.afterHeading(merged.text()));
        return v == null ? null : new Claim(merged, absorbed, s.get().field(), v);
    }

    /** The codec that wrote block {@code i} when it was read, or null when it is no Hub section's. */
    HubCodec owner(ReadmeSource.Block b, int i) {
        if (b.field() == null) {
            return null;
        }
        if (i == title && b.field().equals("/details/name")) {
            return TITLE;
        }
        // The text must still have the section's shape: a template heading that this layout shares was read by the template.
        return HubSection.find(b.heading(), b.level(), layout).filter(s -> s.field().equals(b.field()))
                .map(HubSection::codec).filter(c -> c.read(b.heading(), BodyReader.afterHeading(b.text())) != null).orElse(null);
    }

    /**
     * A new section for a template heading whose fields only a Hub layout reads (huggingface_hub's Training regime and
     * Environmental Impact bullets), or null when the card has none of them.
     */
    static String fresh(TemplateSection t, ModelCard card, String le) {
        if (t.field().equals("#training-hyperparameters") && HubFields.get(card, HubFields.REGIME) != null) {
            String body = le + "- **Training regime:** " + TemplateSection.MORE + le;
            return "#### " + t.heading() + le + LabeledBullets.TRAINING_REGIME.write(body, card, le, false);
        }
        LabeledBullets env = LabeledBullets.ENVIRONMENT;
        if (!t.field().equals("#environmental-impact") || env.fields().stream().allMatch(f -> HubFields.get(card, f) == null)) {
            return null;
        }
        String template = String.join(le, "", ENVIRONMENT_INTRO, "", "- **Hardware Type:** " + TemplateSection.MORE,
                "- **Hours used:** " + TemplateSection.MORE, "- **Cloud Provider:** " + TemplateSection.MORE,
                "- **Compute Region:** " + TemplateSection.MORE, "- **Carbon Emitted:** " + TemplateSection.MORE, "");
        return "## " + t.heading() + le + env.write(template, card, le, false);
    }

    /** Block {@code b} with the card's values: its own bytes when none of its fields changed. */
    static String write(HubCodec codec, ReadmeSource.Block b, ModelCard card, String le, boolean last) {
        String body = BodyReader.afterHeading(b.text());
        Map<String, Object> was = codec.read(b.heading(), body);
        boolean same = was != null;
        for (String f : codec.fields()) {
            same &= was != null && HubValues.same(was.get(f), HubFields.get(card, f));
        }
        if (same) {
            return b.text();
        }
        String headLine = b.text().substring(0, b.text().length() - body.length());
        return codec.headLine(headLine, b.heading(), card, le) + codec.write(body, card, le, last);
    }
}
