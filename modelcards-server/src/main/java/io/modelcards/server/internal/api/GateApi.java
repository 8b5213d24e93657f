package io.modelcards.server.internal.api;

import io.javalin.http.Handler;
import io.modelcards.registry.Registry;
import io.modelcards.registry.gate.GateDecision;
import io.modelcards.registry.gate.GatePolicy;
import io.modelcards.registry.workflow.State;
import io.modelcards.server.problem.ApiException;
import io.modelcards.server.route.AccessCheck;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The deployment gate over HTTP: {@code POST .../gate} with an optional policy (its YAML or JSON text) and required
 * state; 200 with the decision whether it passes or not, so a pipeline reads the reasons; every call is audited.
 */
final class GateApi {
    private GateApi() {
    }

    /** Adds the gate handler to {@code h}. */
    static void register(Map<String, Handler> h, Registry registry) {
        h.put("gate", ctx -> {
            GateRequest body = Bodies.isEmpty(ctx) ? new GateRequest(null, null, null) : Bodies.json(ctx, GateRequest.class, true);
            // A bad policy is an InvalidInputException located in the policy's own text: the error mapper answers 422.
            GatePolicy policy = body.policy() == null ? GatePolicy.DEFAULT
                    : GatePolicy.parse(body.policy(), body.policyName() == null ? "policy.yaml" : body.policyName());
            if (body.require() != null) {
                policy = policy.withRequire(require(body.require()));
            }
            GateDecision d = registry.gate(AccessCheck.requireCaller(ctx), ctx.pathParam("model"), ctx.pathParam("version"), policy);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("pass", d.pass());
            out.put("reasons", d.reasons());
            out.put("summary", d.summary());
            ctx.json(out);
        });
    }

    private static State require(String text) {
        return switch (text) {
            case "published" -> State.PUBLISHED;
            case "approved" -> State.APPROVED;
            default -> throw new ApiException(422, "gate/bad-require",
                    "require is published or approved, not \"" + text + "\"", "/require");
        };
    }

    /**
     * The body of a gate call.
     *
     * @param require    the state required, published or approved; the policy's (or published) when absent
     * @param policy     a gate policy's text (YAML or JSON), or absent for the default policy
     * @param policyName the policy file's name, for the located errors of a bad policy
     */
    record GateRequest(String require, String policy, String policyName) {}
}
