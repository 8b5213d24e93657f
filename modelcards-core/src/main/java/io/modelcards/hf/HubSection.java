package io.modelcards.hf;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A heading of a Hub library's README layout (the transformers Trainer card, the sentence-transformers card, the
 * huggingface_hub template's Environmental Impact bullets) with the field its block fills and its reader.
 *
 * @param level      heading level as the library writes it; a heading at another level is not this section
 * @param heading    heading text, lower case with single spaces
 * @param needsLayout whether the heading is also a huggingface_hub template heading, so that it is this section only in
 *                   a README whose other headings show the library's layout
 * @param field      the JSON Pointer the block is tagged with: the first field the codec fills, or the field of the template
 *                   section it stands in for (so that the writer adds no second one)
 * @param absorbs    whether the deeper headings that follow belong to this section's block (sub-lists, cited works)
 * @param codec      reads and writes the section's text
 */
record HubSection(int level, String heading, boolean needsLayout, String field, boolean absorbs, HubCodec codec) {
    /** The Trainer's placeholder for a section nobody filled. */
    static final String TRAINER_MORE = "More information needed";

    /**
     * Headings, with their levels, that only the Trainer and sentence-transformers layouts write: one of them shows the
     * layout. The level matters: this project's own template writes "#### Training Logs".
     */
    private static final Set<String> MARKERS = Set.of("2 intended uses & limitations", "2 training and evaluation data",
            "3 training results", "3 framework versions", "3 full model architecture", "3 training logs");

    /** Every section of the layouts, by level and heading. */
    static final List<HubSection> ALL = List.of(
            text(2, "model description", true, "/details/description", TRAINER_MORE),
            text(2, "intended uses & limitations", false, "/uses/direct_use", TRAINER_MORE),
            text(2, "training and evaluation data", false, "/training/training_data", TRAINER_MORE),
            text(2, "training procedure", true, "/training/procedure", TRAINER_MORE),
            new HubSection(3, "training hyperparameters", false, HubFields.HP_ALL, true, HyperparameterList.INSTANCE),
            new HubSection(3, "training results", false, HubFields.LOG, false, TrainingLogTable.INSTANCE),
            new HubSection(3, "training logs", false, HubFields.LOG, false, TrainingLogTable.INSTANCE),
            new HubSection(3, "framework versions", false, HubFields.LIBRARIES, false, FrameworkVersions.INSTANCE),
            new HubSection(3, "model description", true, "/details/description", false, LabeledBullets.SENTENCE_DESCRIPTION),
            text(3, "full model architecture", true, "/details/architecture", null),
            text(3, "direct usage (sentence transformers)", false, "/details/how_to_get_started", null),
            new HubSection(4, "training hyperparameters", false, HubFields.REGIME, false, LabeledBullets.TRAINING_REGIME),
            new HubSection(2, "environmental impact", false, HubFields.HARDWARE, false, LabeledBullets.ENVIRONMENT),
            new HubSection(3, "environmental impact", true, HubFields.KWH, false, LabeledBullets.ENVIRONMENT),
            new HubSection(3, "training hardware", true, HubFields.GPU, false, LabeledBullets.HARDWARE),
            new HubSection(2, "citation", true, "/details/citations", true, BibtexCitations.INSTANCE));

    private static HubSection text(int level, String heading, boolean needsLayout, String field, String placeholder) {
        return new HubSection(level, heading, needsLayout, field, false, HubText.of(field, placeholder));
    }

    /** The section for a heading, given whether the README shows a library layout. */
    static Optional<HubSection> find(String heading, int level, boolean layout) {
        if (heading == null || heading.length() > 100) {
            return Optional.empty();
        }
        String n = HubValues.normal(heading);
        return ALL.stream().filter(s -> s.level == level && s.heading.equals(n) && (layout || !s.needsLayout)).findFirst();
    }

    /** Whether a heading at this level is one that only a library layout writes. */
    static boolean marks(String heading, int level) {
        return heading != null && heading.length() <= 100 && MARKERS.contains(level + " " + HubValues.normal(heading));
    }
}
