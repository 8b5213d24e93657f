package io.modelcards.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcards.card.ModelCard;
import io.modelcards.card.RiskRating;
import io.modelcards.codec.CardMappers;
import io.modelcards.hf.ReadmePlaces;
import io.modelcards.validate.AnnexIvPoint.Requirement;
import io.modelcards.validate.AnnexIvPoint.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A card's coverage of Annex IV: one {@link Point} per point of {@link AnnexIv#POINTS}, in the regulation's order.
 * It says what the documentation holds and what it still lacks; it is not legal advice and does not say the system
 * complies.
 *
 * @param points the coverage of each point
 */
public record AnnexIvCoverage(List<Point> points) {
    /** Copies the points. */
    public AnnexIvCoverage {
        points = List.copyOf(points);
    }

    /**
     * The coverage of one point.
     *
     * @param point    the point
     * @param coverage covered, partly or missing
     * @param unmet    the requirements not met, in the point's order; empty when covered
     */
    public record Point(AnnexIvPoint point, Coverage coverage, List<Requirement> unmet) {
        /** Copies the unmet requirements. */
        public Point {
            unmet = List.copyOf(unmet);
        }

        /** What to write, and where, to meet every unmet requirement; empty when covered. */
        public String toWrite() {
            return unmet.stream().map(AnnexIvCoverage::toWrite).collect(Collectors.joining("; "));
        }

        /** The card field to fill first: the first unmet requirement's first field, or the card's root when none is a field. */
        public String pointer() {
            for (Requirement r : unmet) {
                for (Source s : r.sources()) {
                    if (s instanceof Source.Field f) {
                        return f.pointer();
                    }
                    if (s instanceof Source.SlicedResults) {
                        return Source.SlicedResults.POINTER;
                    }
                }
            }
            return "";
        }
    }

    /** The coverage of {@code card}, counting what the registry holds about its version ({@code evidence}). */
    public static AnnexIvCoverage of(ModelCard card, RegistryEvidence evidence) {
        JsonNode tree = CardMappers.json().valueToTree(card);
        List<Point> out = new ArrayList<>();
        for (AnnexIvPoint p : AnnexIv.POINTS) {
            List<Requirement> unmet = p.requirements().stream()
                    .filter(r -> r.sources().stream().noneMatch(s -> met(s, tree, evidence))).toList();
            Coverage c = unmet.isEmpty() ? Coverage.COVERED : unmet.size() == p.requirements().size() ? Coverage.MISSING : Coverage.PARTLY;
            out.add(new Point(p, c, unmet));
        }
        return new AnnexIvCoverage(out);
    }

    /** How many points have coverage {@code c}. */
    public long count(Coverage c) {
        return points.stream().filter(p -> p.coverage() == c).count();
    }

    private static boolean met(Source s, JsonNode tree, RegistryEvidence evidence) {
        if (s instanceof Source.Field f) {
            return present(tree.at(f.pointer()), f.pointer());
        }
        if (s instanceof Source.SlicedResults) {
            return sliced(tree.at(Source.SlicedResults.POINTER));
        }
        return evidence.holds(((Source.Registry) s).kind());
    }

    private static boolean present(JsonNode v, String pointer) {
        if (v.isMissingNode() || v.isNull() || v.isContainerNode() && v.isEmpty()) {
            return false;
        }
        if (v.isTextual()) {
            // The risk rating a card has before anyone rates it says nothing.
            return !v.asText().isBlank() && !(pointer.equals("/governance/risk") && v.asText().equals(RiskRating.UNKNOWN.text()));
        }
        return true;
    }

    private static boolean sliced(JsonNode results) {
        for (JsonNode r : results) {
            if (present(r.path("slice"), "")) {
                return true;
            }
        }
        return false;
    }

    private static String toWrite(Requirement r) {
        return r.sources().stream().map(s -> toWrite(r, s)).collect(Collectors.joining(", or "));
    }

    private static String toWrite(Requirement r, Source s) {
        if (s instanceof Source.Field f) {
            return ReadmePlaces.of(f.pointer())
                    .map(place -> "write " + r.what() + " " + place + " (" + f.pointer() + ")")
                    .orElse("capture " + r.what() + " with a training run or `render --profile` (" + f.pointer() + ")");
        }
        if (s instanceof Source.SlicedResults) {
            return "record " + r.what() + " as evaluation results with a slice (" + Source.SlicedResults.POINTER + ")";
        }
        return switch (((Source.Registry) s).kind()) {
            case REVIEWS -> "have the version reviewed and approved in a registry (its review records: evidence the registry holds)";
            case HISTORY -> "keep the model's versions in a registry (their history and audit chain: evidence the registry holds)";
        };
    }
}
