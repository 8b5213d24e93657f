package io.modelcards.standards.internal.mct;

import io.modelcards.card.Citation;
import io.modelcards.card.Considerations;
import io.modelcards.card.ConsiderationsBuilder;
import io.modelcards.card.IntendedUseBuilder;
import io.modelcards.card.ModelCard;
import io.modelcards.card.ModelCardBuilder;
import io.modelcards.card.ModelDetails;
import io.modelcards.card.ModelDetailsBuilder;
import io.modelcards.card.MetadataBuilder;
import io.modelcards.card.Origin;
import io.modelcards.card.Provenance;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.standards.Importer;
import io.modelcards.standards.Standard;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a Model Card Toolkit card (schema 0.0.2, or 0.0.1 with numeric metric values) back into a card. */
public final class MctImporter implements Importer {
    private static final Set<String> TOP = Set.of("schema_version", "model_details", "model_parameters",
            "quantitative_analysis", "considerations");
    private static final Pattern BIBTEX_KEY = Pattern.compile("@\\w+\\s*\\{\\s*([^,\\s]+)\\s*,");

    @Override
    public Standard standard() {
        return Standard.MCT;
    }

    @Override
    public ModelCard read(String text, String file) throws InvalidInputException {
        JsonInput in = JsonInput.parse(text, file, "mct", "a Model Card Toolkit model card");
        in.onlyKnown("", TOP, "an MCT 0.0.2 card has only " + String.join(", ", TOP.stream().sorted().toList()));
        for (String section : List.of("/model_details", "/model_parameters", "/quantitative_analysis", "/considerations")) {
            in.isObject(section);
        }
        ModelCardBuilder card = ModelCardBuilder.builder()
                .details(details(in))
                .datasets(MctDatasets.read(in))
                .evaluation(MctMetrics.read(in))
                .provenance(new Provenance(Map.of("", new Origin.Auto("import:" + Standard.MCT.id()))));
        String license = in.size("/model_details/licenses") > 0 ? license(in) : null;
        if (license != null) {
            card.metadata(MetadataBuilder.builder().license(license).build());
        }
        considerations(in, card);
        in.finish();
        return card.build();
    }

    private static ModelDetails details(JsonInput in) {
        String d = "/model_details";
        ModelDetailsBuilder b = ModelDetailsBuilder.builder().name(in.text(d + "/name")).summary(in.text(d + "/overview"))
                .description(in.text(d + "/documentation")).architecture(in.text("/model_parameters/model_architecture"));
        if (in.isObject(d + "/version")) {
            b.version(in.text(d + "/version/name")).date(in.text(d + "/version/date"));
        }
        List<ModelDetails.Owner> owners = new ArrayList<>();
        for (int i = 0; i < in.size(d + "/owners"); i++) {
            owners.add(new ModelDetails.Owner(in.text(d + "/owners/" + i + "/name"), in.text(d + "/owners/" + i + "/contact")));
        }
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < in.size(d + "/references"); i++) {
            String r = in.text(d + "/references/" + i + "/reference");
            if (r != null) {
                refs.add(r);
            }
        }
        return b.owners(owners).references(refs).citations(citations(in)).build();
    }

    private static String license(JsonInput in) {
        String id = in.text("/model_details/licenses/0/identifier");
        return id != null ? id : in.text("/model_details/licenses/0/custom_text");
    }

    /** BibTeX entries start a citation; an APA entry right after one belongs to it, any other starts its own. */
    private static List<Citation> citations(JsonInput in) {
        List<Citation> out = new ArrayList<>();
        String p = "/model_details/citations/";
        for (int i = 0; i < in.size("/model_details/citations"); i++) {
            String style = in.text(p + i + "/style");
            String text = in.text(p + i + "/citation");
            if (text == null) {
                continue;
            }
            Citation last = out.isEmpty() ? null : out.get(out.size() - 1);
            if ("apa".equalsIgnoreCase(style) && last != null && last.bibtex() != null && last.apa() == null) {
                out.set(out.size() - 1, new Citation(last.key(), last.bibtex(), text, null));
            } else if ("apa".equalsIgnoreCase(style)) {
                out.add(new Citation(null, null, text, null));
            } else {
                out.add(new Citation(bibtexKey(text), text, null, null));
            }
        }
        return out;
    }

    /** The key of a BibTeX entry ({@code @article{key, …}}), or null when the text is not one. */
    static String bibtexKey(String bibtex) {
        Matcher m = BIBTEX_KEY.matcher(bibtex);
        return m.find() ? m.group(1) : null;
    }

    private static void considerations(JsonInput in, ModelCardBuilder card) {
        String c = "/considerations/";
        Prefixed uses = Prefixed.read(in, c + "use_cases", List.of(MctMapping.DOWNSTREAM));
        Prefixed limits = Prefixed.read(in, c + "limitations",
                List.of(MctMapping.OUT_OF_SCOPE, MctMapping.RECOMMENDATIONS, MctMapping.CAVEATS));
        Prefixed users = Prefixed.read(in, c + "users", List.of());
        card.uses(IntendedUseBuilder.builder().primaryUsers(users.plain()).directUse(uses.plain())
                .downstreamUse(uses.get(MctMapping.DOWNSTREAM)).outOfScopeUse(limits.get(MctMapping.OUT_OF_SCOPE)).build());
        List<Considerations.Risk> risks = new ArrayList<>();
        for (int i = 0; i < in.size(c + "ethical_considerations"); i++) {
            String r = c + "ethical_considerations/" + i;
            risks.add(new Considerations.Risk(in.text(r + "/name"), in.text(r + "/mitigation_strategy")));
        }
        card.considerations(ConsiderationsBuilder.builder().biasRisksLimitations(limits.plain())
                .recommendations(limits.get(MctMapping.RECOMMENDATIONS)).caveats(limits.get(MctMapping.CAVEATS))
                .ethicalConsiderations(risks).build());
    }
}
