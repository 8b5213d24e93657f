package io.modelcards.server.crash;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcards.codec.CardCodec;
import io.modelcards.codec.ContentHash;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.registry.audit.Action;
import io.modelcards.registry.audit.AuditEntry;
import io.modelcards.registry.audit.AuditEvent;
import io.modelcards.registry.audit.ChainVerifier;
import io.modelcards.registry.audit.Checkpoint;
import io.modelcards.registry.audit.Verification;
import io.modelcards.registry.catalog.Catalog;
import io.modelcards.server.crash.PublishBurst.Published;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * What the crash test checks over the API of a restarted server: acknowledged publishes are there and intact, no
 * version is half-published, and the audit chain verifies up to the newest signed checkpoint.
 */
final class AfterCrash {
    private static final int AUDIT_PAGE = 5_000;

    private final Api api;
    private final String token;
    private final List<String> problems = new ArrayList<>();

    AfterCrash(Api api, String token) {
        this.api = api;
        this.token = token;
    }

    /** Everything found wrong so far, one sentence each. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    /**
     * Checks that each acknowledged publish is published with the uploaded card's hash and, for those of models that
     * {@code reread} accepts, that the card served hashes to it too; returns how many were found so.
     */
    int checkAcknowledged(List<Published> acknowledged, Predicate<String> reread) {
        int found = 0;
        for (Published p : acknowledged) {
            String v = "/api/v1/models/" + p.model() + "/versions/" + p.version();
            JsonNode view = api.getJson(v, token).path("version");
            String served = p.hash();
            if (reread.test(p.model())) {
                String card = api.getJson(v + "/card?format=json", token).toString();
                try {
                    served = ContentHash.of(CardCodec.fromJson(card, p.model())).toString();
                } catch (InvalidInputException e) {
                    problems.add(p.model() + ": the served card does not read back: " + e.getMessage());
                    continue;
                }
            }
            if (!"published".equals(view.path("state").asText())) {
                problems.add(p.model() + ": acknowledged as published but is " + view.path("state").asText());
            } else if (!p.hash().equals(view.path("revision").asText()) || !p.hash().equals(served)) {
                problems.add(p.model() + ": uploaded " + p.hash() + " but the version says " + view.path("revision").asText()
                        + " and the served card hashes to " + served);
            } else {
                found++;
            }
        }
        return found;
    }

    /**
     * Checks the audit chain (recomputed here, with the newest checkpoint as the trusted head), that the
     * {@code card.published} entries and the checkpoints match one to one, and that the published versions of the models
     * that {@code models} accepts are those with a {@code card.published} entry. Returns the chain's length.
     */
    long checkChainAndPublishes(PublicKey key, Predicate<String> models) {
        List<AuditEntry> entries = audit();
        List<Checkpoint> checkpoints = new ArrayList<>();
        for (JsonNode c : api.getJson("/api/v1/audit/checkpoints", token)) {
            checkpoints.add(Checkpoint.parse(c.path("note").asText()));
        }
        Checkpoint newest = checkpoints.stream().reduce((a, b) -> a.seq() >= b.seq() ? a : b).orElse(null);
        Verification verification = ChainVerifier.verify(entries, newest, newest == null ? null : key);
        if (!verification.ok()) {
            problems.add("the audit chain does not verify: " + verification);
        }
        Map<String, Long> publishEntries = new HashMap<>();
        Set<Long> publishSeqs = new HashSet<>();
        for (AuditEntry e : entries) {
            AuditEvent event = e.event();
            if (event.action() == Action.CARD_PUBLISHED) {
                publishSeqs.add(e.seq());
            }
            if (event.action() == Action.CARD_PUBLISHED && models.test(event.subject().model())) {
                publishEntries.put(event.subject().model() + "/" + event.subject().version(), e.seq());
            }
        }
        Set<Long> checkpointSeqs = new HashSet<>();
        checkpoints.forEach(c -> checkpointSeqs.add(c.seq()));
        if (!checkpointSeqs.equals(publishSeqs)) {
            Set<Long> unsigned = new TreeSet<>(publishSeqs);
            unsigned.removeAll(checkpointSeqs);
            Set<Long> extra = new TreeSet<>(checkpointSeqs);
            extra.removeAll(publishSeqs);
            problems.add("publish entries without a checkpoint: " + unsigned + "; checkpoints of no publish: " + extra);
        }
        Set<String> publishedVersions = publishedVersions(models);
        if (!publishedVersions.equals(publishEntries.keySet())) {
            Set<String> unaudited = new TreeSet<>(publishedVersions);
            unaudited.removeAll(publishEntries.keySet());
            Set<String> notPublished = new TreeSet<>(publishEntries.keySet());
            notPublished.removeAll(publishedVersions);
            problems.add("published without an audit entry: " + unaudited + "; audited but not published: " + notPublished);
        }
        return entries.size();
    }

    private List<AuditEntry> audit() {
        List<AuditEntry> entries = new ArrayList<>();
        long from = 1;
        while (true) {
            JsonNode items = api.getJson("/api/v1/audit?from=" + from + "&limit=" + AUDIT_PAGE, token).path("items");
            for (JsonNode e : items) {
                entries.add(AuditEntry.fromRow(e.path("seq").asLong(), e.path("event_json").asText(),
                        e.path("prev_hash").asText(), e.path("hash").asText()));
            }
            if (items.size() < AUDIT_PAGE) {
                return entries;
            }
            from = entries.get(entries.size() - 1).seq() + 1;
        }
    }

    private Set<String> publishedVersions(Predicate<String> models) {
        Set<String> published = new HashSet<>();
        for (String model : listAll("/api/v1/models").stream().filter(models).toList()) {
            for (JsonNode v : pages("/api/v1/models/" + model + "/versions")) {
                if ("published".equals(v.path("state").asText())) {
                    published.add(model + "/" + v.path("version").asText());
                }
            }
        }
        return published;
    }

    private List<String> listAll(String path) {
        List<String> names = new ArrayList<>();
        pages(path).forEach(m -> names.add(m.path("name").asText()));
        return names;
    }

    private List<JsonNode> pages(String path) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        do {
            String after = cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
            JsonNode page = api.getJson(path + "?limit=" + Catalog.MAX_PAGE + after, token);
            page.path("items").forEach(items::add);
            cursor = page.path("next_cursor").isTextual() ? page.path("next_cursor").asText() : null;
        } while (cursor != null);
        return items;
    }
}
