package io.modelcards.registry.review;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcards.codec.InputText;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.policy.CardRules;
import io.modelcards.policy.PolicyDocument;
import io.modelcards.validate.RulePack;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads an approval policy file, checking every setting and locating each mistake at its line and column. */
final class PolicyFile {
    private static final List<String> TOP = List.of("approvals", "roles", "high_risk", "packs", "rules");
    private static final List<String> HIGH = List.of("approvals", "mitigation_required");
    private static final Pattern ROLE = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    private static final int MAX_APPROVALS = 100;

    private final PolicyDocument doc;

    private PolicyFile(PolicyDocument doc) {
        this.doc = doc;
    }

    static ApprovalPolicy read(Path path) throws InvalidInputException {
        String name = path.toString();
        return parse(InputText.read(path, name), name);
    }

    static ApprovalPolicy parse(String text, String file) throws InvalidInputException {
        Optional<PolicyDocument> doc = PolicyDocument.parse(text, file, "policy/syntax", "cannot parse");
        return doc.isEmpty() ? ApprovalPolicy.DEFAULT : new PolicyFile(doc.get()).policy(doc.get().root());
    }

    private ApprovalPolicy policy(JsonNode root) throws InvalidInputException {
        if (!root.isObject()) {
            throw new InvalidInputException(Diagnostic.error(doc.file(), 1, 1, "policy/shape",
                    "a policy is a mapping with the keys approvals, roles and high_risk: write it as key: value lines"));
        }
        doc.unknownKeys(root, "", TOP, "policy/unknown-field");
        int approvals = count(root, "/approvals", ApprovalPolicy.DEFAULT.approvals());
        List<String> roles = roles(root.get("roles"));
        ApprovalPolicy.HighRisk highRisk = highRisk(root.get("high_risk"));
        Set<RulePack> packs = packs(root.get("packs"));
        CardRules rules = CardRules.in(doc);
        doc.throwIfProblems();
        return new ApprovalPolicy(approvals, roles, highRisk, rules, packs);
    }

    private int count(JsonNode parent, String pointer, int fallback) {
        JsonNode n = parent.at(pointer.substring(pointer.lastIndexOf('/')));
        if (n.isMissingNode()) {
            return fallback;
        }
        if (!n.canConvertToInt() || !n.isIntegralNumber() || n.asInt() < 1 || n.asInt() > MAX_APPROVALS) {
            doc.error(pointer, "policy/approvals", pointer.substring(1).replace('/', '.') + " must be a whole number from 1 to "
                    + MAX_APPROVALS + ", not " + n + ": write the number of approvals a revision needs");
            return fallback;
        }
        return n.asInt();
    }

    /** The packs named, or null when the file names none (the registry's own setting applies). */
    private Set<RulePack> packs(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isArray()) {
            doc.error("/packs", "policy/packs", "packs must be a list of rule packs, e.g. [hf, complete, review, annex-iv]");
            return null;
        }
        Set<RulePack> packs = EnumSet.noneOf(RulePack.class);
        for (int i = 0; i < n.size(); i++) {
            try {
                packs.add(RulePack.parse(n.get(i).asText()));
            } catch (IllegalArgumentException e) {
                doc.error("/packs/" + i, "policy/packs", e.getMessage());
            }
        }
        return packs;
    }

    private List<String> roles(JsonNode n) {
        List<String> roles = new ArrayList<>();
        if (n == null || n.isNull()) {
            return roles;
        }
        if (!n.isArray()) {
            doc.error("/roles", "policy/roles", "roles must be a list of role names, e.g. [technical, risk_owner]");
            return roles;
        }
        for (int i = 0; i < n.size(); i++) {
            JsonNode r = n.get(i);
            if (!r.isTextual() || !ROLE.matcher(r.asText()).matches()) {
                doc.error("/roles/" + i, "policy/roles", "review role " + r + " is not a name: use lower-case letters, digits and"
                        + " underscores, starting with a letter (risk_owner)");
            } else if (roles.contains(r.asText())) {
                doc.error("/roles/" + i, "policy/roles", "review role \"" + r.asText() + "\" is listed twice: list it once");
            } else {
                roles.add(r.asText());
            }
        }
        return roles;
    }

    private ApprovalPolicy.HighRisk highRisk(JsonNode n) {
        ApprovalPolicy.HighRisk fallback = ApprovalPolicy.HighRisk.DEFAULT;
        if (n == null || n.isNull()) {
            return fallback;
        }
        if (!n.isObject()) {
            doc.error("/high_risk", "policy/high-risk", "high_risk must be a mapping with approvals and mitigation_required");
            return fallback;
        }
        doc.unknownKeys(n, "/high_risk", HIGH, "policy/unknown-field");
        int approvals = count(n, "/high_risk/approvals", fallback.approvals());
        JsonNode m = n.get("mitigation_required");
        boolean mitigation = fallback.mitigationRequired();
        if (m != null && !m.isBoolean()) {
            doc.error("/high_risk/mitigation_required", "policy/high-risk",
                    "high_risk.mitigation_required must be true or false, not " + m);
        } else if (m != null) {
            mitigation = m.booleanValue();
        }
        return new ApprovalPolicy.HighRisk(approvals, mitigation);
    }
}
