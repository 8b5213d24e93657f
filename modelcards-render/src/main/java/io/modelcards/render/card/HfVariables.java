package io.modelcards.render.card;

import io.modelcards.card.Citation;
import io.modelcards.card.Environment;
import io.modelcards.card.Metadata;
import io.modelcards.card.ModelCard;
import io.modelcards.hf.HfMetadata;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The variables huggingface_hub's default model card template reads ({@code model_id}, {@code developers},
 * {@code direct_use}, …), filled from the card. Every variable is present and is a string, "" when the card has no
 * value, so that {@code default("[More Information Needed]", true)} applies and strict rendering never fails on them.
 */
final class HfVariables {
    /** Every variable name, in the order the HF default template first uses them. */
    static final List<String> NAMES = List.of("card_data", "model_id", "model_summary", "model_description", "developers",
            "funded_by", "shared_by", "model_type", "language", "license", "base_model", "repo", "paper", "demo",
            "direct_use", "downstream_use", "out_of_scope_use", "bias_risks_limitations", "bias_recommendations",
            "get_started_code", "training_data", "preprocessing", "training_regime", "speeds_sizes_times", "testing_data",
            "testing_factors", "testing_metrics", "results", "results_summary", "model_examination", "hardware",
            "hours_used", "cloud_provider", "cloud_region", "co2_emitted", "model_specs", "compute_infrastructure",
            "software", "citation_bibtex", "citation_apa", "glossary", "more_information", "model_card_authors",
            "model_card_contact");

    private HfVariables() {}

    static Map<String, Object> of(ModelCard card) {
        var d = card.details();
        var m = card.metadata();
        var u = card.uses();
        var ev = card.evaluation();
        var t = card.training();
        var c = card.considerations();
        Environment env = t.environment();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("card_data", FrontMatter.yaml(HfMetadata.forReadme(card)).stripTrailing());
        v.put("model_id", DisplayText.marked(first(d.name(), m.modelName())));
        v.put("model_summary", DisplayText.str(d.summary()));
        v.put("model_description", DisplayText.str(d.description()));
        v.put("developers", DisplayText.str(d.developers()));
        v.put("funded_by", DisplayText.str(d.fundedBy()));
        v.put("shared_by", DisplayText.str(d.sharedBy()));
        v.put("model_type", DisplayText.marked(DisplayText.str(d.modelType())));
        v.put("language", String.join(", ", m.language()));
        v.put("license", license(m));
        v.put("base_model", String.join(", ", m.baseModel()));
        v.put("repo", DisplayText.str(d.repository()));
        v.put("paper", DisplayText.str(d.paper()));
        v.put("demo", DisplayText.str(d.demo()));
        v.put("direct_use", DisplayText.str(u.directUse()));
        v.put("downstream_use", DisplayText.str(u.downstreamUse()));
        v.put("out_of_scope_use", DisplayText.str(u.outOfScopeUse()));
        v.put("bias_risks_limitations", DisplayText.str(c.biasRisksLimitations()));
        v.put("bias_recommendations", DisplayText.str(c.recommendations()));
        v.put("get_started_code", DisplayText.str(d.howToGetStarted()));
        v.put("training_data", DisplayText.str(t.trainingData()));
        v.put("preprocessing", DisplayText.str(t.preprocessing()));
        v.put("training_regime", DisplayText.of(first(t.hyperparameters().all(), "training_regime", "precision", "dtype")));
        v.put("speeds_sizes_times", DisplayText.str(t.speedsSizesTimes()));
        v.put("testing_data", DisplayText.str(ev.testingData()));
        v.put("testing_factors", DisplayText.str(ev.factors()));
        v.put("testing_metrics", DisplayText.str(ev.metrics()));
        v.put("results", DisplayText.str(ev.results()));
        v.put("results_summary", DisplayText.str(ev.summary()));
        v.put("model_examination", DisplayText.str(ev.examination()));
        v.put("hardware", hardware(card));
        v.put("hours_used", t.energy() == null || t.energy().hoursUsed() == null ? "" : Numbers.quantity(t.energy().hoursUsed()));
        v.put("cloud_provider", env == null ? "" : DisplayText.str(env.cloudProvider()));
        v.put("cloud_region", env == null ? "" : DisplayText.str(env.computeRegion()));
        v.put("co2_emitted", co2(card));
        v.put("model_specs", DisplayText.str(d.architecture()));
        v.put("compute_infrastructure", DisplayText.str(t.compute()));
        v.put("software", software(env));
        v.put("citation_bibtex", d.citations().stream().map(Citation::bibtex).filter(Objects::nonNull)
                .map(b -> "```bibtex\n" + b.strip() + "\n```").collect(Collectors.joining("\n\n")));
        v.put("citation_apa", d.citations().stream().map(Citation::apa).filter(Objects::nonNull).map(String::strip)
                .map(DisplayText::marked)
                .collect(Collectors.joining("\n\n")));
        v.put("glossary", DisplayText.str(d.glossary()));
        v.put("more_information", DisplayText.str(d.moreInformation()));
        v.put("model_card_authors", DisplayText.str(d.cardAuthors()));
        v.put("model_card_contact", DisplayText.str(d.contact()));
        return v;
    }

    /** The licence id; for "other", the licence's name, linked when the card has a link. */
    private static String license(Metadata m) {
        if (m.licenseName() == null || !"other".equals(m.license())) {
            return DisplayText.str(m.license());
        }
        return m.licenseLink() == null ? m.licenseName() : "[" + m.licenseName() + "](" + m.licenseLink() + ")";
    }

    private static String hardware(ModelCard card) {
        var t = card.training();
        if (t.energy() != null && t.energy().hardwareType() != null) {
            return t.energy().hardwareType();
        }
        var co2 = card.metadata().co2EqEmissions();
        if (co2 != null && co2.hardwareUsed() != null) {
            return co2.hardwareUsed();
        }
        Environment env = t.environment();
        return env == null ? "" : first(env.gpu(), env.cpu());
    }

    private static String co2(ModelCard card) {
        var e = card.training().energy();
        if (e != null && e.co2Grams() != null) {
            return Numbers.co2(e.co2Grams());
        }
        var co2 = card.metadata().co2EqEmissions();
        return co2 != null && co2.emissions() != null ? Numbers.co2(co2.emissions()) : "";
    }

    private static String software(Environment env) {
        if (env == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String s : List.of(DisplayText.str(env.jvm()), DisplayText.str(env.os()))) {
            if (!s.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : "; ").append(s);
            }
        }
        String libs = env.libraries().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        if (!libs.isEmpty()) {
            sb.append(sb.length() == 0 ? "" : "; ").append(libs);
        }
        return sb.toString();
    }

    private static Object first(Map<String, Object> m, String... keys) {
        for (String k : keys) {
            if (m.get(k) != null) {
                return m.get(k);
            }
        }
        return null;
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a.strip() : DisplayText.str(b);
    }
}
