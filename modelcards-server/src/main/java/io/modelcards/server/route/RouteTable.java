package io.modelcards.server.route;

import static io.modelcards.registry.auth.Capability.ADMINISTER;
import static io.modelcards.registry.auth.Capability.AUTHOR;
import static io.modelcards.registry.auth.Capability.READ;
import static io.modelcards.registry.auth.Capability.REVIEW;

import io.modelcards.registry.auth.Capability;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The REST API's one route table: every endpoint, its capability, ownership rule and anonymous access. The server
 * registers its routes from it, the access check reads it, the OpenAPI document is generated from it, and the
 * authorization matrix test is generated from it, so the four cannot disagree.
 */
public final class RouteTable {
    /** The API's path prefix. */
    public static final String API = "/api/v1";
    /** The media type of JSON bodies. */
    public static final String JSON = "application/json";
    /** The media type of README.md bodies. */
    public static final String MARKDOWN = "text/markdown";
    /** The media type of YAML bodies. */
    public static final String YAML = "application/yaml";

    private static final String VERSION = API + "/models/{model}/versions/{version}";
    private static final List<String> PAGE = List.of("cursor", "limit");
    private static final List<String> FORMAT = List.of("format");
    private static final List<Route> ROUTES = build();

    private RouteTable() {
    }

    /** Every route, in the order they are registered and documented. */
    public static List<Route> routes() {
        return ROUTES;
    }

    private static List<Route> build() {
        List<Route> r = new ArrayList<>();
        r.add(get("/openapi.json", "openapi", "The OpenAPI 3.1 document of this API", Set.of(), List.of()));
        r.add(get(API + "/health", "health", "Whether the server is up", Set.of(), List.of()));
        r.add(get(API + "/models", "listModels", "Models, a page at a time", Set.of(READ), PAGE));
        r.add(post(API + "/models", "createModel", "Create a model owned by the caller", Set.of(AUTHOR), Ownership.NONE, 201));
        r.add(get(API + "/models/{model}", "getModel", "One model", Set.of(READ), List.of()));
        r.add(get(API + "/models/{model}/versions", "listVersions", "A model's versions, a page at a time", Set.of(READ), PAGE));
        r.add(post(API + "/models/{model}/versions", "createVersion", "Create a version in draft", Set.of(AUTHOR),
                Ownership.OWNER, 201));
        r.add(get(VERSION, "getVersion", "A version: state, owner, allowed actions, review outcome (version may be latest,"
                + " latest-published)", Set.of(READ), List.of()));
        r.add(new Route("GET", VERSION + "/card", "getCard", "A version's card as json, md or html", Set.of(READ),
                Ownership.NONE, true, FORMAT, List.of(), 200));
        r.add(new Route("PUT", VERSION + "/card", "uploadCard", "Upload a card (README.md, JSON or YAML)", Set.of(AUTHOR),
                Ownership.OWNER, false, List.of(), List.of(MARKDOWN, JSON, YAML), 200));
        r.add(new Route("PATCH", VERSION + "/card", "editCard", "Edit fields by JSON Pointer", Set.of(AUTHOR),
                Ownership.OWNER, false, List.of(), List.of(JSON), 200));
        for (String move : List.of("submit", "publish", "deprecate", "archive")) {
            r.add(new Route("POST", VERSION + "/" + move, move, "Move the version: " + move, Set.of(AUTHOR), Ownership.OWNER,
                    false, List.of(), List.of(), 200));
        }
        r.add(post(VERSION + "/approve", "approve", "Approve the current revision", Set.of(REVIEW), Ownership.NOT_AUTHOR, 200));
        r.add(post(VERSION + "/request-changes", "requestChanges", "Request changes, with a comment", Set.of(REVIEW),
                Ownership.NONE, 200));
        r.add(get(VERSION + "/reviews", "listReviews", "The version's review decisions", Set.of(READ), List.of()));
        r.add(get(VERSION + "/comments", "listComments", "The version's comments", Set.of(READ), List.of()));
        r.add(post(VERSION + "/comments", "addComment", "Comment, optionally on a field or section, or reply",
                Set.of(AUTHOR, REVIEW), Ownership.OWNER, 201));
        r.add(new Route("POST", VERSION + "/comments/{id}/resolve", "resolveComment", "Resolve a comment",
                Set.of(AUTHOR, REVIEW), Ownership.OWNER, false, List.of(), List.of(), 200));
        r.add(get(API + "/revisions/{hash}", "getRevision", "A revision by content hash, as json, md or html", Set.of(READ),
                FORMAT));
        r.add(get(API + "/models/{model}/diff", "diffVersions", "The diff of two versions' cards (schema/diff-1.0)",
                Set.of(READ), List.of("from", "to")));
        r.add(get(API + "/diff", "diffRevisions", "The diff of two revisions by hash (schema/diff-1.0)", Set.of(READ),
                List.of("from", "to")));
        r.add(get(API + "/audit", "listAudit", "Audit entries from a sequence number", Set.of(READ), List.of("from", "limit")));
        r.add(get(API + "/audit/key", "auditKey", "The public key (PEM) that verifies the audit checkpoints", Set.of(READ),
                List.of()));
        r.add(get(API + "/search", "search", "Versions whose current cards match a query (terms and words), a page at a time",
                Set.of(READ), List.of("q", "cursor", "limit")));
        r.add(post(VERSION + "/gate", "gate", "The deployment gate's decision on a version (audited)", Set.of(READ),
                Ownership.NONE, 200));
        r.add(get(API + "/audit/checkpoints", "listCheckpoints", "Signed checkpoints of the audit chain", Set.of(READ),
                List.of()));
        r.add(new Route("POST", API + "/audit/checkpoints", "createCheckpoint", "Sign the chain head now",
                Set.of(ADMINISTER), Ownership.NONE, false, List.of(), List.of(), 201));
        r.add(get(API + "/users", "listUsers", "Users and their roles", Set.of(ADMINISTER), List.of()));
        r.add(post(API + "/users", "createUser", "Add a user", Set.of(ADMINISTER), Ownership.NONE, 201));
        r.add(post(API + "/users/{name}/tokens", "createToken", "Issue a token for a user (shown once; body may be empty)",
                Set.of(ADMINISTER), Ownership.NONE, 201));
        r.add(get(API + "/users/{name}/tokens", "listTokens", "A user's tokens: ids and dates, never the tokens",
                Set.of(ADMINISTER), List.of()));
        r.add(new Route("DELETE", API + "/tokens/{id}", "revokeToken", "Revoke a token", Set.of(ADMINISTER), Ownership.NONE,
                false, List.of(), List.of(), 204));
        return List.copyOf(r);
    }

    private static Route get(String path, String id, String summary, Set<Capability> anyOf, List<String> query) {
        return new Route("GET", path, id, summary, anyOf, Ownership.NONE, false, query, List.of(), 200);
    }

    private static Route post(String path, String id, String summary, Set<Capability> anyOf, Ownership ownership,
                              int status) {
        return new Route("POST", path, id, summary, anyOf, ownership, false, List.of(), List.of(JSON), status);
    }
}
