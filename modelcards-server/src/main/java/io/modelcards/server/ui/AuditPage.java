package io.modelcards.server.ui;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.modelcards.registry.Registry;
import io.modelcards.registry.audit.Action;
import io.modelcards.registry.audit.AuditEntry;
import io.modelcards.registry.audit.AuditEvent;
import io.modelcards.registry.audit.AuditKeys;
import io.modelcards.registry.audit.Checkpoint;
import io.modelcards.registry.audit.Subject;
import io.modelcards.registry.audit.Verification;
import io.modelcards.registry.auth.Capability;
import io.modelcards.server.ui.view.AuditView;
import io.modelcards.server.ui.view.Option;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The audit page at {@code /audit} (anyone signed in, as the API's audit routes): the event log newest first with
 * filters, the chain's verification and the latest signed checkpoint. Verifying reads the whole chain, so a page view
 * verifies only a short chain that grew since the last run; a long one shows the last result and its time, and an admin
 * verifies it on request ({@code POST /audit/verify}).
 */
final class AuditPage {
    /** The entries a page shows. */
    static final int PAGE = 50;
    /** The most entries one page view reads to fill a filtered page, so that a rare filter never reads the whole chain. */
    static final int SCAN = 5_000;
    /** The longest chain a page view verifies by itself. */
    static final long AUTO_VERIFY = 2_000;
    private static final int WINDOW = 250;

    private final Ui ui;
    private final Clock clock;
    private final AtomicReference<LastRun> last = new AtomicReference<>();
    private final AtomicReference<Latest> latest = new AtomicReference<>();

    /** A verification and the chain length and time it ran at. */
    private record LastRun(Verification result, long head, String at) {}

    /** The latest checkpoint as of a chain length, so that a page view reads the checkpoints only after a change. */
    private record Latest(long head, AuditView.Signed checkpoint) {}

    AuditPage(Ui ui, Clock clock) {
        this.ui = ui;
        this.clock = clock;
    }

    /** Answers {@code GET /audit}. */
    void show(Context ctx) {
        Visitor visitor = ui.visitor(ctx);
        if (!visitor.signedIn()) {
            ctx.redirect("/sign-in", HttpStatus.SEE_OTHER);
            return;
        }
        Registry registry = ui.registry();
        long head = registry.auditHead().seq();
        String model = text(ctx.queryParam("model"));
        String actor = text(ctx.queryParam("actor"));
        String action = text(ctx.queryParam("action"));
        long top = Math.min(head, cursor(ctx.queryParam("before"), head));
        List<AuditView.Row> rows = new ArrayList<>();
        long low = top + 1;
        while (low > 1 && rows.size() < PAGE && top - low + 1 < SCAN) {
            long from = Math.max(1, low - WINDOW);
            List<AuditEntry> window;
            try (Stream<AuditEntry> s = registry.audit(from, low - 1)) {
                window = s.toList();
            }
            for (int i = window.size() - 1; i >= 0 && rows.size() < PAGE; i--) {
                AuditEvent e = window.get(i).event();
                low = e.seq();
                if (matches(e, model, actor, action)) {
                    rows.add(row(window.get(i)));
                }
            }
            if (window.isEmpty()) {
                break;
            }
        }
        String next = low > 1 ? "/audit?before=" + low + query(model, actor, action) : null;
        String scanned = next != null && rows.size() < PAGE ? "Looked through entries " + low + " to " + top
                + " for these filters: follow the link below to look further back." : null;
        if (head <= AUTO_VERIFY && (last.get() == null || last.get().head() != head)) {
            verify();
        }
        boolean admin = visitor.user().may(Capability.ADMINISTER);
        ui.render(ctx, 200, "audit.jte", new AuditView(ui.chrome(visitor), model, actor, actions(action), rows, scanned, next,
                check(last.get()), checkpoint(head), fingerprint(), admin));
    }

    /** Answers {@code POST /audit/verify}: an admin verifies the whole chain now, then sees the page. */
    void verifyNow(Context ctx) {
        Visitor visitor = ui.poster(ctx);
        if (!visitor.signedIn() || !visitor.user().may(Capability.ADMINISTER)) {
            throw new UiRefusal(403, "only an admin may verify the whole audit chain from the page: ask one, or run"
                    + " modelcards audit verify");
        }
        verify();
        ctx.redirect("/audit", HttpStatus.SEE_OTHER);
    }

    private void verify() {
        long head = ui.registry().auditHead().seq();
        last.set(new LastRun(ui.registry().verifyAudit(), head, AuditEvent.time(clock.instant())));
    }

    private static boolean matches(AuditEvent e, String model, String actor, String action) {
        Subject s = e.subject();
        return (model.isEmpty() || s != null && model.equals(s.model())) && (actor.isEmpty() || actor.equals(e.actor()))
                && (action.isEmpty() || action.equals(e.action().wire()));
    }

    private static AuditView.Row row(AuditEntry entry) {
        AuditEvent e = entry.event();
        Subject s = e.subject();
        String subject = "";
        String href = null;
        if (s != null && s.model() != null) {
            subject = s.version() == null ? s.model() : s.model() + " " + s.version();
            href = "/models/" + Ui.segment(s.model()) + (s.version() == null ? "" : "/versions/" + Ui.segment(s.version()));
        }
        return new AuditView.Row(e.seq(), e.at(), e.actor(), e.action().wire(), subject, href,
                s == null || s.revision() == null ? "" : s.revision(), Ui.id(e.fromState()), Ui.id(e.toState()),
                e.details().entrySet().stream().map(d -> d.getKey() + ": " + d.getValue()).collect(Collectors.joining(", ")),
                entry.hash());
    }

    private static AuditView.Check check(LastRun v) {
        if (v == null) {
            return new AuditView.Check("unknown", "The chain has not been verified since the server started.", null);
        }
        if (v.result() instanceof Verification.Broken bad) {
            return new AuditView.Check("broken", "The chain is broken at entry " + bad.seq() + ": " + bad.message(), v.at());
        }
        Verification.Verified ok = (Verification.Verified) v.result();
        return new AuditView.Check("verified", "The chain verifies: " + ok.count() + " entries up to entry " + ok.head().seq()
                + ", and every signed checkpoint matches it.", v.at());
    }

    private AuditView.Signed checkpoint(long head) {
        Latest known = latest.get();
        if (known != null && known.head() == head) {
            return known.checkpoint();
        }
        List<Checkpoint> all = ui.registry().checkpoints();
        AuditView.Signed signed = null;
        if (!all.isEmpty()) {
            Checkpoint c = all.get(all.size() - 1);
            String at;
            try (Stream<AuditEntry> s = ui.registry().audit(c.seq(), c.seq())) {
                at = s.findFirst().map(e -> e.event().at()).orElse("");
            }
            signed = new AuditView.Signed(c.seq(), c.hash(), c.keyName(), c.signature(), at);
        }
        latest.set(new Latest(head, signed));
        return signed;
    }

    private String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(AuditKeys.raw(ui.registry().publicKey()));
            return "SHA256:" + HexFormat.ofDelimiter(":").formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static List<Option> actions(String chosen) {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", "Any action", chosen.isEmpty()));
        for (Action a : Action.values()) {
            options.add(new Option(a.wire(), a.wire(), a.wire().equals(chosen)));
        }
        return options;
    }

    private static long cursor(String before, long head) {
        if (before == null || before.isBlank()) {
            return head;
        }
        try {
            return Math.max(0, Long.parseLong(before.strip()) - 1);
        } catch (NumberFormatException e) {
            throw new UiRefusal(400, "the page link is broken: start again from the audit page");
        }
    }

    private static String query(String model, String actor, String action) {
        return (model.isEmpty() ? "" : "&model=" + Ui.param(model)) + (actor.isEmpty() ? "" : "&actor=" + Ui.param(actor))
                + (action.isEmpty() ? "" : "&action=" + Ui.param(action));
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
