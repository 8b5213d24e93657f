package io.modelcards.registry.review;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcards.codec.CardMappers;
import io.modelcards.codec.InputText;
import io.modelcards.codec.SourceLocator;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.diagnostic.SourceMap.Position;
import io.modelcards.validate.Nearest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads an approval policy file, checking every setting and locating each mistake at its line and column. */
final class PolicyFile {
    private static final List<String> TOP = List.of("approvals", "roles", "high_risk");
    private static final List<String> HIGH = List.of("approvals", "mitigation_required");
    private static final Pattern ROLE = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    private static final int MAX_APPROVALS = 100;

    private final ObjectMapper mapper;
    private final String text;
    private final String file;
    private final List<Diagnostic> problems = new ArrayList<>();

    private PolicyFile(ObjectMapper mapper, String text, String file) {
        this.mapper = mapper;
        this.text = text;
        this.file = file;
    }

    static ApprovalPolicy read(Path path) throws InvalidInputException {
        String name = path.toString();
        return parse(InputText.read(path, name), name);
    }

    static ApprovalPolicy parse(String text, String file) throws InvalidInputException {
        ObjectMapper mapper = file.toLowerCase(Locale.ROOT).endsWith(".json") ? CardMappers.json() : CardMappers.yaml();
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JacksonException e) {
            JsonLocation loc = e.getLocation();
            String what = e.getOriginalMessage() == null ? "malformed input" : e.getOriginalMessage().lines().findFirst().orElse("");
            throw new InvalidInputException(Diagnostic.error(file, loc == null ? 0 : Math.max(0, loc.getLineNr()),
                    loc == null ? 0 : Math.max(0, loc.getColumnNr()), "policy/syntax", "cannot parse: " + what + ": fix the syntax here"));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return ApprovalPolicy.DEFAULT;
        }
        return new PolicyFile(mapper, text, file).policy(root);
    }

    private ApprovalPolicy policy(JsonNode root) throws InvalidInputException {
        if (!root.isObject()) {
            throw new InvalidInputException(Diagnostic.error(file, 1, 1, "policy/shape",
                    "a policy is a mapping with the keys approvals, roles and high_risk: write it as key: value lines"));
        }
        unknownKeys(root, "", TOP);
        int approvals = count(root, "/approvals", ApprovalPolicy.DEFAULT.approvals());
        List<String> roles = roles(root.get("roles"));
        ApprovalPolicy.HighRisk highRisk = highRisk(root.get("high_risk"));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ApprovalPolicy(approvals, roles, highRisk);
    }

    private void unknownKeys(JsonNode object, String at, List<String> known) {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            String key = it.next().getKey();
            if (!known.contains(key)) {
                String hint = Nearest.amongNames(key, known).map(n -> "did you mean \"" + n + "\"? ").orElse("");
                error(at + "/" + key.replace("~", "~0").replace("/", "~1"), "policy/unknown-field",
                        "unknown setting \"" + key + "\": " + hint + "the settings here are " + String.join(", ", known));
            }
        }
    }

    private int count(JsonNode parent, String pointer, int fallback) {
        JsonNode n = parent.at(pointer.substring(pointer.lastIndexOf('/')));
        if (n.isMissingNode()) {
            return fallback;
        }
        if (!n.canConvertToInt() || !n.isIntegralNumber() || n.asInt() < 1 || n.asInt() > MAX_APPROVALS) {
            error(pointer, "policy/approvals", pointer.substring(1).replace('/', '.') + " must be a whole number from 1 to "
                    + MAX_APPROVALS + ", not " + n + ": write the number of approvals a revision needs");
            return fallback;
        }
        return n.asInt();
    }

    private List<String> roles(JsonNode n) {
        List<String> roles = new ArrayList<>();
        if (n == null || n.isNull()) {
            return roles;
        }
        if (!n.isArray()) {
            error("/roles", "policy/roles", "roles must be a list of role names, e.g. [technical, risk_owner]");
            return roles;
        }
        for (int i = 0; i < n.size(); i++) {
            JsonNode r = n.get(i);
            if (!r.isTextual() || !ROLE.matcher(r.asText()).matches()) {
                error("/roles/" + i, "policy/roles", "review role " + r + " is not a name: use lower-case letters, digits and"
                        + " underscores, starting with a letter (risk_owner)");
            } else if (roles.contains(r.asText())) {
                error("/roles/" + i, "policy/roles", "review role \"" + r.asText() + "\" is listed twice: list it once");
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
            error("/high_risk", "policy/high-risk", "high_risk must be a mapping with approvals and mitigation_required");
            return fallback;
        }
        unknownKeys(n, "/high_risk", HIGH);
        int approvals = count(n, "/high_risk/approvals", fallback.approvals());
        JsonNode m = n.get("mitigation_required");
        boolean mitigation = fallback.mitigationRequired();
        if (m != null && !m.isBoolean()) {
            error("/high_risk/mitigation_required", "policy/high-risk",
                    "high_risk.mitigation_required must be true or false, not " + m);
        } else if (m != null) {
            mitigation = m.booleanValue();
        }
        return new ApprovalPolicy.HighRisk(approvals, mitigation);
    }

    private void error(String pointer, String code, String message) {
        Position p = SourceLocator.locate(mapper, text, pointer).orElse(new Position(1, 1));
        problems.add(Diagnostic.error(file, p.line(), p.column(), code, message));
    }
}
