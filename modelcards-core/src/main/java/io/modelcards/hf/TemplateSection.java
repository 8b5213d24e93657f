package io.modelcards.hf;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The headings of huggingface_hub's default model card template ({@code templates/modelcard_template.md}), in
 * template order, each with the card field its text maps to; plus the sections modelcards adds for the fields the
 * {@code complete} pack checks and that template has no place for (owners and contacts, primary intended users,
 * ethical considerations, governance and business context), and for the texts of the {@code annex-iv} pack.
 *
 * @param level   heading level in the template
 * @param heading heading text as the template writes it
 * @param kind    how the section's text maps to fields
 * @param field   the JSON Pointer of the (first) card field, or "#" plus a slug for a heading that only structures
 * @param empty   the value the template writes when the field is empty
 */
record TemplateSection(int level, String heading, Kind kind, String field, String empty) {

    /** How a section's text maps to card fields. */
    enum Kind {
        /** "# Model Card for NAME": the name in the heading, the summary in the text. */
        TITLE,
        /** One Markdown field. */
        TEXT,
        /** Description text followed by "- **Developed by:** ..." bullets. */
        DESCRIPTION,
        /** "- **Repository:** ..." bullets only. */
        SOURCES,
        /** "**BibTeX:**" and "**APA:**" parts. */
        CITATION,
        /** One bullet per owner, "- NAME (CONTACT)" or "- NAME". */
        OWNERS,
        /** A "| Risk | Mitigation |" table, one row per ethical consideration. */
        ETHICS,
        /** "- **Risk rating:** ..." and "- **Rationale:** ..." bullets. */
        GOVERNANCE,
        /** A heading that only groups subsections; text beyond the template's is kept as an unknown section. */
        STRUCTURE
    }

    static final String MORE = "[More Information Needed]";
    static final String RECOMMENDATIONS = "Users (both direct and downstream) should be made aware of the risks, biases and limitations"
            + " of the model. More information needed for further recommendations.";
    static final String GET_STARTED = "Use the code below to get started with the model.";

    /** Every template heading, in template order. */
    static final List<TemplateSection> ALL = List.of(
            new TemplateSection(1, "Model Card for", Kind.TITLE, "/details/name", ""),
            new TemplateSection(2, "Model Details", Kind.STRUCTURE, "#model-details", ""),
            new TemplateSection(3, "Model Description", Kind.DESCRIPTION, "/details/description", ""),
            new TemplateSection(3, "Model Sources [optional]", Kind.SOURCES, "/details/repository", ""),
            new TemplateSection(3, "Owners and Contacts", Kind.OWNERS, "/details/owners", MORE),
            new TemplateSection(2, "Uses", Kind.STRUCTURE, "#uses", ""),
            new TemplateSection(3, "Direct Use", Kind.TEXT, "/uses/direct_use", MORE),
            new TemplateSection(3, "Downstream Use [optional]", Kind.TEXT, "/uses/downstream_use", MORE),
            new TemplateSection(3, "Out-of-Scope Use", Kind.TEXT, "/uses/out_of_scope_use", MORE),
            new TemplateSection(3, "Primary Intended Users", Kind.TEXT, "/uses/primary_users", MORE),
            new TemplateSection(2, "Bias, Risks, and Limitations", Kind.TEXT, "/considerations/bias_risks_limitations", MORE),
            new TemplateSection(3, "Recommendations", Kind.TEXT, "/considerations/recommendations", RECOMMENDATIONS),
            new TemplateSection(3, "Ethical Considerations", Kind.ETHICS, "/considerations/ethical_considerations", ""),
            new TemplateSection(2, "How to Get Started with the Model", Kind.TEXT, "/details/how_to_get_started", MORE),
            new TemplateSection(2, "Training Details", Kind.STRUCTURE, "#training-details", ""),
            new TemplateSection(3, "Training Data", Kind.TEXT, "/training/training_data", MORE),
            new TemplateSection(3, "Training Procedure", Kind.TEXT, "/training/procedure", MORE),
            new TemplateSection(4, "Preprocessing [optional]", Kind.TEXT, "/training/preprocessing", MORE),
            new TemplateSection(4, "Training Hyperparameters", Kind.STRUCTURE, "#training-hyperparameters", ""),
            new TemplateSection(4, "Speeds, Sizes, Times [optional]", Kind.TEXT, "/training/speeds_sizes_times", MORE),
            new TemplateSection(2, "Evaluation", Kind.STRUCTURE, "#evaluation", ""),
            new TemplateSection(3, "Testing Data, Factors & Metrics", Kind.STRUCTURE, "#testing-data-factors-metrics", ""),
            new TemplateSection(4, "Testing Data", Kind.TEXT, "/evaluation/testing_data", MORE),
            new TemplateSection(4, "Factors", Kind.TEXT, "/evaluation/factors", MORE),
            new TemplateSection(4, "Metrics", Kind.TEXT, "/evaluation/metrics", MORE),
            new TemplateSection(3, "Results", Kind.TEXT, "/evaluation/results", MORE),
            new TemplateSection(4, "Summary", Kind.TEXT, "/evaluation/summary", ""),
            new TemplateSection(2, "Model Examination [optional]", Kind.TEXT, "/evaluation/examination", MORE),
            new TemplateSection(2, "Environmental Impact", Kind.STRUCTURE, "#environmental-impact", ""),
            new TemplateSection(2, "Technical Specifications [optional]", Kind.STRUCTURE, "#technical-specifications", ""),
            new TemplateSection(3, "Model Architecture and Objective", Kind.TEXT, "/details/architecture", MORE),
            new TemplateSection(3, "Compute Infrastructure", Kind.TEXT, "/training/compute", MORE),
            new TemplateSection(4, "Hardware", Kind.STRUCTURE, "#hardware", ""),
            new TemplateSection(4, "Software", Kind.STRUCTURE, "#software", ""),
            new TemplateSection(2, "Citation [optional]", Kind.CITATION, "/details/citations", ""),
            new TemplateSection(2, "Glossary [optional]", Kind.TEXT, "/details/glossary", MORE),
            new TemplateSection(2, "More Information [optional]", Kind.TEXT, "/details/more_information", MORE),
            new TemplateSection(2, "Model Card Authors [optional]", Kind.TEXT, "/details/card_authors", MORE),
            new TemplateSection(2, "Model Card Contact", Kind.TEXT, "/details/contact", MORE),
            new TemplateSection(2, "Governance", Kind.GOVERNANCE, "/governance/risk", ""),
            new TemplateSection(3, "Business Context", Kind.TEXT, "/governance/business_context", MORE),
            // The EU AI Act's Annex IV texts (schema 1.4): written only when the card has them.
            new TemplateSection(2, "EU AI Act Technical Documentation", Kind.STRUCTURE, "#eu-ai-act-technical-documentation", ""),
            new TemplateSection(3, "Interaction with Other Systems", Kind.TEXT, "/compliance/integration", MORE),
            new TemplateSection(3, "Forms of Distribution", Kind.TEXT, "/compliance/distribution", MORE),
            new TemplateSection(3, "Target Hardware", Kind.TEXT, "/compliance/target_hardware", MORE),
            new TemplateSection(3, "Product Markings and Layout", Kind.TEXT, "/compliance/product_markings", MORE),
            new TemplateSection(3, "User Interface for Deployers", Kind.TEXT, "/compliance/user_interface", MORE),
            new TemplateSection(3, "Human Oversight Measures", Kind.TEXT, "/compliance/human_oversight", MORE),
            new TemplateSection(3, "Predetermined Changes", Kind.TEXT, "/compliance/predetermined_changes", MORE),
            new TemplateSection(3, "Signed Test Reports", Kind.TEXT, "/compliance/test_reports", MORE),
            new TemplateSection(3, "Cybersecurity Measures", Kind.TEXT, "/compliance/cybersecurity", MORE),
            new TemplateSection(3, "Risk Management System", Kind.TEXT, "/compliance/risk_management", MORE),
            new TemplateSection(3, "Changes Over the Lifecycle", Kind.TEXT, "/compliance/lifecycle_changes", MORE),
            new TemplateSection(3, "Standards Applied", Kind.TEXT, "/compliance/standards", MORE),
            new TemplateSection(3, "EU Declaration of Conformity", Kind.TEXT, "/compliance/declaration_of_conformity", MORE),
            new TemplateSection(3, "Post-Market Monitoring Plan", Kind.TEXT, "/compliance/post_market_monitoring", MORE));

    /** Template sections by normalised heading; the title is matched by its prefix instead. */
    private static final Map<String, TemplateSection> BY_HEADING = ALL.stream().filter(s -> s.kind != Kind.TITLE)
            .collect(Collectors.toUnmodifiableMap(s -> normal(s.heading), s -> s));

    /** The template section whose heading matches {@code heading} (case, spacing and "[optional]" ignored). */
    static Optional<TemplateSection> match(String heading, int level) {
        if (level == 1 && heading.regionMatches(true, 0, "Model Card for", 0, 14) && heading.length() > 14
                && Character.isWhitespace(heading.charAt(14))) {
            return Optional.of(ALL.get(0));
        }
        if (heading.length() > 200) {
            return Optional.empty(); // no template heading is this long; spare the normalisation
        }
        String n = normal(heading);
        return Optional.ofNullable(BY_HEADING.get(n));
    }

    /** The section that owns {@code field}. */
    static Optional<TemplateSection> byField(String field) {
        return ALL.stream().filter(s -> s.field.equals(field)).findFirst();
    }

    /** Where the section is in a README, as its headings from the top: {@code ## Uses > ### Primary Intended Users}. */
    String place() {
        String own = "#".repeat(level) + " " + (kind == Kind.TITLE ? "Model Card for NAME" : heading);
        TemplateSection p = parent();
        return p == null ? own : p.place() + " > " + own;
    }

    /** Position in template order. */
    int order() {
        return ALL.indexOf(this);
    }

    /** The nearest earlier section with a lower level, or null for a top-level one. */
    TemplateSection parent() {
        for (int i = order() - 1; i >= 0; i--) {
            if (ALL.get(i).level < level && ALL.get(i).kind != Kind.TITLE) {
                return ALL.get(i);
            }
        }
        return null;
    }

    private static String normal(String h) {
        String lower = h.toLowerCase(Locale.ROOT).replace("[optional]", "");
        StringBuilder sb = new StringBuilder(lower.length());
        boolean space = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
