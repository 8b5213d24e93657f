package io.modelcards.server.ui;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.ContentHash;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.registry.Registry;
import io.modelcards.registry.VersionView;
import io.modelcards.registry.auth.Capability;
import io.modelcards.registry.auth.User;
import io.modelcards.registry.catalog.VersionEntry;
import io.modelcards.registry.review.ApprovalPolicy;
import io.modelcards.registry.review.Comment;
import io.modelcards.registry.review.Review;
import io.modelcards.registry.review.ReviewOutcome;
import io.modelcards.registry.workflow.Action;
import io.modelcards.registry.workflow.State;
import io.modelcards.server.ui.view.Option;
import io.modelcards.server.ui.view.ReviewView;
import io.modelcards.validate.Completeness;
import io.modelcards.validate.CompletenessReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a version's review panel for a signed-in visitor: the submit's own checks (for the author who may submit), the
 * reviewers' latest decisions and what the policy still needs ({@link ReviewOutcome}), the comment threads, and the
 * forms the registry would accept from the visitor (the registry checks each post again).
 */
final class ReviewPanel {
    private final Ui ui;

    ReviewPanel(Ui ui) {
        this.ui = ui;
    }

    /**
     * The panel of {@code entry} for {@code visitor}, from what the card page already read: the registry's {@code view}
     * of the version (null for an anonymous visitor, who sees no review: then null), its current {@code card} and that
     * card's HTML {@code cardHtml} (the sections a comment may anchor to are its headings).
     */
    ReviewView build(Visitor visitor, VersionView view, VersionEntry entry, ModelCard card, String cardHtml) {
        if (!visitor.signedIn()) {
            return null;
        }
        Registry registry = ui.registry();
        User user = visitor.user();
        String model = entry.model();
        String version = entry.version();
        ContentHash current = entry.currentRevision();
        boolean owner = ModelPages.mayMove(user, view);
        boolean hasCard = current != null;
        String submit = owner && hasCard && view.allowed().contains(Action.SUBMIT)
                ? entry.state() == State.CHANGES_REQUESTED ? "Resubmit" : "Submit for review" : null;
        boolean review = hasCard && user.may(Capability.REVIEW) && view.allowed().contains(Action.APPROVE);
        boolean comment = hasCard && (user.may(Capability.REVIEW) || owner);
        ApprovalPolicy policy = registry.config().policy();
        ReviewView.Forms forms = new ReviewView.Forms(submit, review, review ? policy.roles() : List.of(), comment);

        List<ReviewView.Check> checks = List.of();
        List<ReviewView.Score> scores = List.of();
        int overall = 0;
        if (submit != null) {
            checks = registry.submitChecks(model, version).stream().map(ReviewPanel::check).toList();
            CompletenessReport report = Completeness.score(card);
            scores = report.sections().stream().map(s -> new ReviewView.Score(s.name(), s.filled(), s.total(),
                    s.missing().stream().map(CompletenessReport.Field::label).toList())).toList();
            overall = report.overall();
        }
        ReviewOutcome outcome = view.outcome();
        List<Sections.Heading> headings = Sections.of(cardHtml);
        List<Option> sections = new ArrayList<>();
        sections.add(new Option("", "The whole card", true));
        headings.forEach(h -> sections.add(new Option(h.title(), h.title(), false)));
        String url = "/models/" + Ui.segment(model) + "/versions/" + Ui.segment(version);
        return new ReviewView(url, visitor.session().csrf(), hasCard ? current.toString() : null,
                outcome == null ? null : Ui.lower(outcome.status()).replace('_', ' '),
                outcome == null ? List.of() : outcome.reasons(), words(policy), checks, scores, overall,
                decisions(registry.reviews(model, version), current),
                Threads.of(registry.comments(model, version), current, headings), sections, forms);
    }

    private static ReviewView.Check check(Diagnostic d) {
        return new ReviewView.Check(Ui.lower(d.severity()), d.pointer() == null ? "" : d.pointer(), d.message(),
                d.code() == null ? "" : d.code());
    }

    /** Each reviewer's latest decision, in the order of those decisions. */
    private static List<ReviewView.DecisionRow> decisions(List<Review> reviews, ContentHash current) {
        Map<String, Review> latest = new LinkedHashMap<>();
        for (Review r : reviews) {
            latest.remove(r.reviewer());
            latest.put(r.reviewer(), r);
        }
        List<ReviewView.DecisionRow> rows = new ArrayList<>();
        for (Review r : latest.values()) {
            String label = switch (r.decision()) {
                case APPROVE -> "approved";
                case REQUEST_CHANGES -> "requested changes";
            };
            rows.add(new ReviewView.DecisionRow(r.reviewer(), r.decision().id(), label, r.role(), r.comment(),
                    r.at().toString(), !r.revision().equals(current)));
        }
        return rows;
    }

    /** The approval policy in one sentence. */
    static String words(ApprovalPolicy p) {
        StringBuilder sb = new StringBuilder().append(p.approvals()).append(p.approvals() == 1 ? " approval" : " approvals")
                .append(" from reviewers who did not write the revision");
        if (!p.roles().isEmpty()) {
            sb.append(", one in each review role (").append(String.join(", ", p.roles())).append(')');
        }
        sb.append("; a card rated high risk needs ").append(Math.max(p.approvals(), p.highRisk().approvals()))
                .append(p.highRisk().mitigationRequired() ? " and a written mitigation" : "");
        return sb.append('.').toString();
    }

    /** Threads of a version's comments: each comment under the thread its first ancestor opened. */
    static final class Threads {
        private Threads() {
        }

        static List<ReviewView.Thread> of(List<Comment> comments, ContentHash current, List<Sections.Heading> sections) {
            Map<Long, Comment> byId = new LinkedHashMap<>();
            comments.forEach(c -> byId.put(c.id(), c));
            Map<Long, List<ReviewView.CommentItem>> replies = new LinkedHashMap<>();
            Map<Long, ReviewView.CommentItem> roots = new LinkedHashMap<>();
            for (Comment c : comments) {
                ReviewView.CommentItem item = item(c, current, sections);
                Comment root = c;
                // Bounded by the number of comments: a parent is always written before its replies.
                for (int hops = 0; root.parentId() != null && byId.containsKey(root.parentId()) && hops < comments.size(); hops++) {
                    root = byId.get(root.parentId());
                }
                if (root == c) {
                    roots.put(c.id(), item);
                    replies.put(c.id(), new ArrayList<>());
                } else {
                    replies.computeIfAbsent(root.id(), k -> new ArrayList<>()).add(item);
                }
            }
            return roots.values().stream().map(r -> new ReviewView.Thread(r, replies.getOrDefault(r.id(), List.of()))).toList();
        }

        private static ReviewView.CommentItem item(Comment c, ContentHash current, List<Sections.Heading> sections) {
            String anchor = null;
            String href = null;
            if (c.section() != null) {
                anchor = c.section();
                href = sections.stream().filter(h -> h.title().equals(c.section())).findFirst().map(h -> "#" + h.id())
                        .orElse(null);
            }
            if (c.pointer() != null) {
                anchor = anchor == null ? c.pointer() : anchor + " (" + c.pointer() + ")";
            }
            return new ReviewView.CommentItem(c.id(), c.author(), c.at().toString(), anchor, href, c.text(), c.resolved(),
                    !c.revision().equals(current));
        }
    }
}
