package io.modelcards.render.card;

import io.modelcards.card.Compliance;
import io.modelcards.card.ModelCard;
import io.modelcards.card.ModelDetails;
import io.modelcards.card.Section;
import io.modelcards.codec.CardMappers;
import io.modelcards.hf.GeneratedReadme;
import io.modelcards.hf.HfMetadata;
import io.modelcards.render.chart.DatasetChart;
import io.modelcards.render.chart.TrainingChart;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables a template sees for a card.
 *
 * <p>Built-in and user templates see the same variables ({@code docs/templates.md} lists each with its type and an
 * example). Four layers; a later layer adds its names, and replaces earlier ones only where said:
 * <ol>
 *   <li>the card's JSON form (snake_case keys: {@code details}, {@code uses}, {@code training}, {@code datasets}, …)
 *       without {@code source}, the imported README's layout, which is no content; {@code datasets} and
 *       {@code sections} are there even when empty; {@code model_name}: the metadata's model name or "";
 *       {@code hyperparameters}: the training hyperparameters by name, as captured;</li>
 *   <li>{@code metadata}: the Hugging Face metadata dictionary ({@link HfMetadata#toDict}), and {@code eval_results}:
 *       the metadata's evaluation results in the card's JSON form;</li>
 *   <li>display variables, all strings or lists of rows of strings: the names huggingface_hub's default template
 *       reads ({@code card_data}, {@code model_id}, {@code direct_use}, … see {@link HfVariables#NAMES}) and the rows
 *       the built-in templates print ({@code hyperparameter_rows}, {@code log_rows}, {@code result_rows},
 *       {@code training_datasets}, {@code facts}, …), and {@code training_curve_image}: the chart's file name
 *       ({@link TrainingChart#FILE_NAME}) when the log has a metric to draw, else "";
 *       {@code training_profiles} and {@code evaluation_profiles}: the datasets with statistics, each with its
 *       identity facts, method and accuracy sentences, column, length and label rows, samples, privacy findings,
 *       problems and {@code chart}, its chart's file name
 *       ({@link DatasetChart#fileNames}) or "".</li>
 *   <li>the front matter keys at top level, as huggingface_hub's {@code ModelCard.from_template} passes them
 *       ({@link HfMetadata#toDict}: {@code tags}, {@code model-index}, any extra key, …), each only where the layers
 *       above have not taken its name: {@code language}, {@code license}, {@code base_model}, {@code datasets},
 *       {@code library_name} and {@code pipeline_tag} keep their meaning above, and every front matter value stays
 *       in {@code metadata} as written.</li>
 * </ol>
 * Every display variable is present even when empty, and holds no number a template would have to format.
 */
public final class CardContext {
    private CardContext() {}

    /** The template variables for {@code card}; a new mutable map each call, in a stable key order. */
    public static Map<String, Object> of(ModelCard card) {
        Map<String, Object> ctx = jsonForm(card);
        ctx.remove("source");
        // The JSON form leaves out empty lists; a template should not need to test whether they exist.
        ctx.putIfAbsent("datasets", List.of());
        ctx.putIfAbsent("sections", List.of());
        ctx.put("model_name", DisplayText.str(card.metadata().modelName()));
        ctx.put("hyperparameters", CardMappers.json().convertValue(card.training().hyperparameters().all(), Map.class));
        ctx.put("metadata", HfMetadata.toDict(card.metadata()));
        ctx.put("eval_results", CardMappers.json().convertValue(card.metadata().evalResults(), List.class));
        ctx.putAll(HfVariables.of(card));
        ctx.put("kind", BuiltinTemplates.choose(card).id());
        ctx.put("library_name", card.metadata().libraryName() == null ? "" : card.metadata().libraryName());
        ctx.put("pipeline_tag", card.metadata().pipelineTag() == null ? "" : card.metadata().pipelineTag());
        ctx.put("detail_rows", details(card));
        ctx.put("model_version", DisplayText.str(card.details().version()));
        ctx.put("owners_list", String.join("\n", card.details().owners().stream().map(CardContext::owner).toList()));
        ctx.put("training_procedure", DisplayText.str(card.training().procedure()));
        ctx.put("primary_users", DisplayText.str(card.uses().primaryUsers()));
        ctx.put("caveats", DisplayText.str(card.considerations().caveats()));
        ctx.put("ethical_risks", card.considerations().ethicalConsiderations().stream()
                .map(r -> DisplayText.row("name", DisplayText.cell(DisplayText.str(r.name())),
                        "mitigation", DisplayText.cell(DisplayText.str(r.mitigation()))))
                .toList());
        TrainingView.addTo(ctx, card.training());
        ResultsView.addTo(ctx, card);
        DatasetsView.addTo(ctx, card.datasets());
        ctx.put("citations", card.details().citations().stream()
                .map(c -> DisplayText.row("key", DisplayText.str(c.key()), "component", DisplayText.str(c.component())))
                .toList());
        addGovernance(ctx, card);
        addCompliance(ctx, card.compliance());
        ctx.put("extra_sections", sections(card.sections()));
        ctx.put("sections_after", sectionsAfter(card));
        Map<String, String> facts = Facts.of(card);
        ctx.put("facts", facts);
        ctx.put("generation_settings", Facts.GENERATION.stream().filter(k -> !facts.get(k).isEmpty())
                .map(k -> DisplayText.row("name", k, "value", DisplayText.cell(facts.get(k)))).toList());
        // Last, so that a front matter key never changes what the names above mean (an extra key "facts", say).
        HfMetadata.toDict(card.metadata()).forEach(ctx::putIfAbsent);
        return ctx;
    }

    /** The card's JSON form as a new mutable map, in the JSON's key order. */
    @SuppressWarnings("unchecked") // a JSON object always converts to a map with string keys
    private static Map<String, Object> jsonForm(ModelCard card) {
        return new LinkedHashMap<String, Object>(CardMappers.json().convertValue(card, Map.class));
    }

    private static List<Object> details(ModelCard card) {
        var d = card.details();
        List<Object> rows = new ArrayList<>();
        add(rows, "Date", d.date());
        add(rows, "Library", card.metadata().libraryName());
        add(rows, "Pipeline", card.metadata().pipelineTag());
        add(rows, "References", String.join(", ", d.references()));
        return rows;
    }

    /** One owner as its bullet under "Owners and Contacts": {@code - NAME (CONTACT)}, as the README importer reads it. */
    private static String owner(ModelDetails.Owner o) {
        String name = DisplayText.str(o.name());
        String contact = o.contact() == null || o.contact().isBlank() ? "" : "(" + o.contact().strip() + ")";
        return ("- " + name + (name.isEmpty() || contact.isEmpty() ? "" : " ") + contact).stripTrailing();
    }

    private static void addGovernance(Map<String, Object> ctx, ModelCard card) {
        var g = card.governance();
        ctx.put("risk_rating", g.risk().text());
        ctx.put("risk_rationale", DisplayText.str(g.riskRationale()));
        ctx.put("business_context", DisplayText.str(g.businessContext()));
        List<Object> custom = new ArrayList<>();
        g.customFields().forEach((k, v) -> custom.add(
                DisplayText.row("name", DisplayText.cell(k), "value", DisplayText.cell(DisplayText.of(v)))));
        ctx.put("custom_field_rows", custom);
    }

    /**
     * The Annex IV texts: {@code compliance_heading}, the heading of their part or "" when the card has none of them,
     * and {@code compliance_text}, each text by its JSON name, "" when empty.
     */
    private static void addCompliance(Map<String, Object> ctx, Compliance c) {
        ctx.put("compliance_heading", c.hasText() ? "EU AI Act Technical Documentation" : "");
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("integration", DisplayText.str(c.integration()));
        text.put("distribution", DisplayText.str(c.distribution()));
        text.put("target_hardware", DisplayText.str(c.targetHardware()));
        text.put("product_markings", DisplayText.str(c.productMarkings()));
        text.put("user_interface", DisplayText.str(c.userInterface()));
        text.put("human_oversight", DisplayText.str(c.humanOversight()));
        text.put("predetermined_changes", DisplayText.str(c.predeterminedChanges()));
        text.put("test_reports", DisplayText.str(c.testReports()));
        text.put("cybersecurity", DisplayText.str(c.cybersecurity()));
        text.put("risk_management", DisplayText.str(c.riskManagement()));
        text.put("lifecycle_changes", DisplayText.str(c.lifecycleChanges()));
        text.put("standards", DisplayText.str(c.standards()));
        text.put("declaration_of_conformity", DisplayText.str(c.declarationOfConformity()));
        text.put("post_market_monitoring", DisplayText.str(c.postMarketMonitoring()));
        ctx.put("compliance_text", text);
    }

    private static List<Object> sections(List<Section> sections) {
        List<Object> out = new ArrayList<>();
        for (Section s : sections) {
            int level = Math.max(1, Math.min(6, s.level()));
            out.add(DisplayText.row("hashes", "#".repeat(level), "heading", DisplayText.str(s.heading()),
                    "body", DisplayText.str(s.body())));
        }
        return out;
    }

    /**
     * The unknown sections by the place they were in: "start", each template section's place
     * ({@link GeneratedReadme#places()}), "end"; every place is present, each a list of rows with the
     * {@link #sections} keys and {@code markdown}, the section ready to print after the place's text.
     */
    private static Map<String, Object> sectionsAfter(ModelCard card) {
        Map<String, List<Object>> by = new LinkedHashMap<>();
        by.put(GeneratedReadme.START, new ArrayList<>());
        GeneratedReadme.places().forEach(p -> by.put(p, new ArrayList<>()));
        by.put(GeneratedReadme.END, new ArrayList<>());
        List<String> places = GeneratedReadme.places(card);
        List<Object> rows = sections(card.sections());
        for (int i = 0; i < rows.size(); i++) {
            @SuppressWarnings("unchecked") // built by sections() just above
            Map<String, Object> row = new LinkedHashMap<>((Map<String, Object>) rows.get(i));
            String heading = (String) row.get("heading");
            String body = (String) row.get("body");
            row.put("markdown", (heading.isEmpty() ? "" : "\n\n" + row.get("hashes") + " " + heading)
                    + (body.isEmpty() ? "" : "\n\n" + body));
            by.getOrDefault(places.get(i), by.get(GeneratedReadme.END)).add(row);
        }
        return new LinkedHashMap<>(by);
    }

    private static void add(List<Object> rows, String label, String value) {
        if (value != null && !value.isBlank()) {
            rows.add(DisplayText.row("label", label, "value", value.strip()));
        }
    }
}
