package io.modelcards.standards.internal.sagemaker;

import io.modelcards.card.Considerations;
import io.modelcards.card.ConsiderationsBuilder;
import io.modelcards.card.GovernanceBuilder;
import io.modelcards.card.IntendedUseBuilder;
import io.modelcards.card.MetadataBuilder;
import io.modelcards.card.ModelCard;
import io.modelcards.card.ModelCardBuilder;
import io.modelcards.card.ModelDetails;
import io.modelcards.card.ModelDetailsBuilder;
import io.modelcards.card.Origin;
import io.modelcards.card.Provenance;
import io.modelcards.card.RiskRating;
import io.modelcards.card.Section;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.standards.Importer;
import io.modelcards.standards.Standard;
import io.modelcards.standards.internal.mct.JsonInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads SageMaker model card content back into a card: the content itself, or a {@code CreateModelCard} request or
 * {@code DescribeModelCard} answer whose {@code Content} holds it. Values from the user-provided lists get a person's
 * provenance, as they had before export; text fields with no card field (purpose, factors, stakeholders, line of
 * business, evaluation observations) become sections.
 */
public final class SageMakerImporter implements Importer {
    private static final String WHAT = "SageMaker model card content";

    @Override
    public Standard standard() {
        return Standard.SAGEMAKER;
    }

    @Override
    public ModelCard read(String text, String file) throws InvalidInputException {
        JsonInput in = JsonInput.parse(text, file, "sagemaker", WHAT);
        if (in.root().has("Content")) {
            in = content(in, text, file);
        }
        SageMakerShape.check(in);
        Map<String, Origin> origins = new LinkedHashMap<>();
        origins.put("", new Origin.Auto("import:" + Standard.SAGEMAKER.id()));
        List<Section> sections = new ArrayList<>();
        ModelCardBuilder card = ModelCardBuilder.builder();
        Map<String, String> custom = SageMakerReading.custom(in);
        card.details(details(in, custom));
        if (custom.containsKey("license")) {
            card.metadata(MetadataBuilder.builder().license(custom.remove("license")).build());
        }
        card.uses(IntendedUseBuilder.builder().directUse(in.text("/intended_uses/intended_uses")).build());
        card.governance(GovernanceBuilder.builder().risk(risk(in)).riskRationale(in.text("/intended_uses/explanations_for_risk_rating"))
                .businessContext(in.text("/business_details/business_problem")).customFields(new LinkedHashMap<>(custom)).build());
        card.considerations(ConsiderationsBuilder.builder().caveats(in.text("/additional_information/caveats_and_recommendations"))
                .ethicalConsiderations(risks(in.text("/additional_information/ethical_considerations"))).build());
        SageMakerReading.training(in, card, origins);
        card.evaluation(SageMakerReading.evaluation(in, sections));
        section(in, "/intended_uses/purpose_of_model", "Purpose of the model", sections);
        section(in, "/intended_uses/factors_affecting_model_efficiency", "Factors affecting model efficiency", sections);
        section(in, "/business_details/business_stakeholders", "Business stakeholders", sections);
        section(in, "/business_details/line_of_business", "Line of business", sections);
        in.finish();
        return card.sections(sections).provenance(new Provenance(origins)).build();
    }

    /** The content inside a request or answer; a problem in it is reported at the {@code Content} member. */
    private static JsonInput content(JsonInput outer, String text, String file) throws InvalidInputException {
        String inner = outer.text("/Content");
        if (inner == null && outer.at("/Content") == null) {
            outer.problem("/Content", "type", "/Content: expected the content as text, found null");
        }
        outer.finish();
        try {
            return JsonInput.parse(inner, file, "sagemaker", WHAT);
        } catch (InvalidInputException e) {
            Diagnostic first = e.problems().get(0);
            outer.problem("/Content", first.code().substring("sagemaker/".length()), "Content, at its character "
                    + first.column() + " of line " + first.line() + ": " + first.message());
            outer.finish();
            throw e;
        }
    }

    private static ModelDetails details(JsonInput in, Map<String, String> custom) {
        String o = "/model_overview/";
        ModelDetailsBuilder b = ModelDetailsBuilder.builder().name(custom.remove("model_name")).version(custom.remove("model_version"))
                .summary(in.text(o + "model_description")).developers(in.text(o + "model_creator"))
                .architecture(in.text(o + "algorithm_type")).modelType(in.text(o + "problem_type"));
        if (in.size(o + "model_artifact") > 0) {
            b.artifact(in.text(o + "model_artifact/0"));
        }
        String owners = in.text(o + "model_owner");
        List<ModelDetails.Owner> list = new ArrayList<>();
        if (owners != null) {
            for (String w : owners.split("; ")) {
                int lt = w.lastIndexOf(" <");
                list.add(lt >= 0 && w.endsWith(">") ? new ModelDetails.Owner(w.substring(0, lt), w.substring(lt + 2, w.length() - 1))
                        : new ModelDetails.Owner(w, null));
            }
        }
        return b.owners(list).build();
    }

    private static RiskRating risk(JsonInput in) {
        String r = in.text("/intended_uses/risk_rating");
        if (r == null) {
            return RiskRating.UNKNOWN;
        }
        if (!Set.of("High", "Medium", "Low", "Unknown").contains(r)) {
            in.problem("/intended_uses/risk_rating", "enum", "/intended_uses/risk_rating: \"" + r
                    + "\" is not a SageMaker risk rating: use High, Medium, Low or Unknown");
            return RiskRating.UNKNOWN;
        }
        return RiskRating.parse(r);
    }

    /** {@code name: mitigation} lines back into risks. */
    static List<Considerations.Risk> risks(String text) {
        List<Considerations.Risk> out = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                int colon = line.indexOf(": ");
                out.add(colon < 0 ? new Considerations.Risk(line, null)
                        : new Considerations.Risk(line.substring(0, colon), line.substring(colon + 2)));
            }
        }
        return out;
    }

    private static void section(JsonInput in, String pointer, String heading, List<Section> sections) {
        String body = in.text(pointer);
        if (body != null) {
            sections.add(new Section(heading, 2, body));
        }
    }
}
