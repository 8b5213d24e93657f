package io.modelcards.hf;

import io.modelcards.card.Citation;
import io.modelcards.card.Compliance;
import io.modelcards.card.Considerations;
import io.modelcards.card.Considerations.Risk;
import io.modelcards.card.Evaluation;
import io.modelcards.card.Governance;
import io.modelcards.card.IntendedUse;
import io.modelcards.card.Metadata;
import io.modelcards.card.ModelCard;
import io.modelcards.card.ModelDetails;
import io.modelcards.card.ModelDetails.Owner;
import io.modelcards.card.RiskRating;
import io.modelcards.card.Training;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads and sets the card's Markdown fields that README sections map to, by JSON Pointer. */
final class CardFields {
    private static final String COMPLIANCE = "/compliance/";

    private CardFields() {}

    /** The text at {@code pointer}, or null. */
    static String text(ModelCard c, String pointer) {
        Object v = get(c, pointer);
        return v instanceof String s ? s : null;
    }

    /** The field as a bullet shows it: the rating's name, or null when it is unknown; other fields as {@link #text}. */
    static String bulletText(ModelCard c, String pointer) {
        Object v = get(c, pointer);
        if (v instanceof RiskRating r) {
            return r == RiskRating.UNKNOWN ? null : r.text();
        }
        return v instanceof String s ? s : null;
    }

    static List<Citation> citations(ModelCard c) {
        return c.details().citations();
    }

    /**
     * The value at {@code pointer}: a String; a list for {@code /details/citations}, {@code /details/owners} and
     * {@code /considerations/ethical_considerations}; a {@link RiskRating} for {@code /governance/risk}.
     */
    static Object get(ModelCard c, String pointer) {
        ModelDetails d = c.details();
        IntendedUse u = c.uses();
        Considerations k = c.considerations();
        Training t = c.training();
        Evaluation e = c.evaluation();
        return switch (pointer) {
            case "/details/name" -> d.name();
            case "/details/summary" -> d.summary();
            case "/details/description" -> d.description();
            case "/details/developers" -> d.developers();
            case "/details/funded_by" -> d.fundedBy();
            case "/details/shared_by" -> d.sharedBy();
            case "/details/model_type" -> d.modelType();
            case "/details/version" -> d.version();
            case "/details/owners" -> d.owners();
            case "/metadata/license" -> c.metadata().license();
            case "/details/repository" -> d.repository();
            case "/details/paper" -> d.paper();
            case "/details/demo" -> d.demo();
            case "/details/how_to_get_started" -> d.howToGetStarted();
            case "/details/architecture" -> d.architecture();
            case "/details/citations" -> d.citations();
            case "/details/glossary" -> d.glossary();
            case "/details/more_information" -> d.moreInformation();
            case "/details/card_authors" -> d.cardAuthors();
            case "/details/contact" -> d.contact();
            case "/uses/direct_use" -> u.directUse();
            case "/uses/downstream_use" -> u.downstreamUse();
            case "/uses/out_of_scope_use" -> u.outOfScopeUse();
            case "/uses/primary_users" -> u.primaryUsers();
            case "/considerations/bias_risks_limitations" -> k.biasRisksLimitations();
            case "/considerations/recommendations" -> k.recommendations();
            case "/considerations/ethical_considerations" -> k.ethicalConsiderations();
            case "/governance/risk" -> c.governance().risk();
            case "/governance/risk_rationale" -> c.governance().riskRationale();
            case "/governance/business_context" -> c.governance().businessContext();
            case "/training/training_data" -> t.trainingData();
            case "/training/procedure" -> t.procedure();
            case "/training/preprocessing" -> t.preprocessing();
            case "/training/speeds_sizes_times" -> t.speedsSizesTimes();
            case "/training/compute" -> t.compute();
            case "/evaluation/testing_data" -> e.testingData();
            case "/evaluation/factors" -> e.factors();
            case "/evaluation/metrics" -> e.metrics();
            case "/evaluation/results" -> e.results();
            case "/evaluation/summary" -> e.summary();
            case "/evaluation/examination" -> e.examination();
            default -> pointer.startsWith(COMPLIANCE) ? compliance(c.compliance(), pointer.substring(COMPLIANCE.length()))
                    : notAField(pointer);
        };
    }

    private static String compliance(Compliance a, String key) {
        return switch (key) {
            case "integration" -> a.integration();
            case "distribution" -> a.distribution();
            case "target_hardware" -> a.targetHardware();
            case "product_markings" -> a.productMarkings();
            case "user_interface" -> a.userInterface();
            case "human_oversight" -> a.humanOversight();
            case "predetermined_changes" -> a.predeterminedChanges();
            case "test_reports" -> a.testReports();
            case "cybersecurity" -> a.cybersecurity();
            case "risk_management" -> a.riskManagement();
            case "lifecycle_changes" -> a.lifecycleChanges();
            case "standards" -> a.standards();
            case "declaration_of_conformity" -> a.declarationOfConformity();
            case "post_market_monitoring" -> a.postMarketMonitoring();
            default -> notAField(COMPLIANCE + key);
        };
    }

    private static String notAField(String pointer) {
        throw new IllegalArgumentException("not a README field: " + pointer);
    }

    private static Compliance withCompliance(Compliance a, Function<String, String> s) {
        return a.with().integration(s.apply(COMPLIANCE + "integration")).distribution(s.apply(COMPLIANCE + "distribution"))
                .targetHardware(s.apply(COMPLIANCE + "target_hardware")).productMarkings(s.apply(COMPLIANCE + "product_markings"))
                .userInterface(s.apply(COMPLIANCE + "user_interface")).humanOversight(s.apply(COMPLIANCE + "human_oversight"))
                .predeterminedChanges(s.apply(COMPLIANCE + "predetermined_changes")).testReports(s.apply(COMPLIANCE + "test_reports"))
                .cybersecurity(s.apply(COMPLIANCE + "cybersecurity")).riskManagement(s.apply(COMPLIANCE + "risk_management"))
                .lifecycleChanges(s.apply(COMPLIANCE + "lifecycle_changes")).standards(s.apply(COMPLIANCE + "standards"))
                .declarationOfConformity(s.apply(COMPLIANCE + "declaration_of_conformity"))
                .postMarketMonitoring(s.apply(COMPLIANCE + "post_market_monitoring")).build();
    }

    /** Whether the value counts as content: non-null text, a non-empty list, or a known risk rating. */
    static boolean present(Object v) {
        return v instanceof String || (v instanceof List<?> l && !l.isEmpty()) || (v instanceof RiskRating r && r != RiskRating.UNKNOWN);
    }

    /**
     * A copy of {@code c} with every field in {@code values} set; the licence only where the card has none, because
     * the front matter, not the body's License bullet, is where the Hub reads it.
     */
    @SuppressWarnings("unchecked")
    static ModelCard with(ModelCard c, Map<String, Object> values) {
        ModelDetails d = c.details();
        IntendedUse u = c.uses();
        Considerations k = c.considerations();
        Training t = c.training();
        Evaluation e = c.evaluation();
        Function<String, String> s = p -> values.containsKey(p) ? (String) values.get(p) : text(c, p);
        d = d.with().name(s.apply("/details/name")).summary(s.apply("/details/summary")).description(s.apply("/details/description"))
                .developers(s.apply("/details/developers")).fundedBy(s.apply("/details/funded_by")).sharedBy(s.apply("/details/shared_by"))
                .modelType(s.apply("/details/model_type")).version(s.apply("/details/version"))
                .owners(values.containsKey("/details/owners") ? (List<Owner>) values.get("/details/owners") : d.owners())
                .architecture(s.apply("/details/architecture"))
                .repository(s.apply("/details/repository")).paper(s.apply("/details/paper")).demo(s.apply("/details/demo"))
                .citations(values.containsKey("/details/citations") ? (List<Citation>) values.get("/details/citations") : d.citations())
                .howToGetStarted(s.apply("/details/how_to_get_started")).cardAuthors(s.apply("/details/card_authors"))
                .contact(s.apply("/details/contact")).glossary(s.apply("/details/glossary"))
                .moreInformation(s.apply("/details/more_information")).build();
        u = u.with().directUse(s.apply("/uses/direct_use")).downstreamUse(s.apply("/uses/downstream_use"))
                .outOfScopeUse(s.apply("/uses/out_of_scope_use")).primaryUsers(s.apply("/uses/primary_users")).build();
        k = k.with().biasRisksLimitations(s.apply("/considerations/bias_risks_limitations"))
                .recommendations(s.apply("/considerations/recommendations"))
                .ethicalConsiderations(values.containsKey("/considerations/ethical_considerations")
                        ? (List<Risk>) values.get("/considerations/ethical_considerations") : k.ethicalConsiderations()).build();
        Governance g = c.governance();
        Object risk = values.containsKey("/governance/risk") ? values.get("/governance/risk") : g.risk();
        g = g.with().risk(risk instanceof RiskRating r ? r : RiskRating.UNKNOWN).riskRationale(s.apply("/governance/risk_rationale"))
                .businessContext(s.apply("/governance/business_context")).build();
        Metadata m = c.metadata();
        if (m.license() == null && values.get(SectionCodec.LICENSE) instanceof String license) {
            m = m.withLicense(license);
        }
        t = t.with().trainingData(s.apply("/training/training_data")).preprocessing(s.apply("/training/preprocessing"))
                .procedure(s.apply("/training/procedure")).speedsSizesTimes(s.apply("/training/speeds_sizes_times"))
                .compute(s.apply("/training/compute")).build();
        e = e.with().testingData(s.apply("/evaluation/testing_data")).factors(s.apply("/evaluation/factors"))
                .metrics(s.apply("/evaluation/metrics")).results(s.apply("/evaluation/results")).summary(s.apply("/evaluation/summary"))
                .examination(s.apply("/evaluation/examination")).build();
        return c.withDetails(d).withUses(u).withConsiderations(k).withTraining(t).withEvaluation(e).withGovernance(g).withMetadata(m)
                .withCompliance(withCompliance(c.compliance(), s));
    }
}
