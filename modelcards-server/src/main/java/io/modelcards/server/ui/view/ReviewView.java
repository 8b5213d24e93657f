package io.modelcards.server.ui.view;

import java.util.List;

/**
 * A version's review panel on its card page: what a submit would check, the reviewers' latest decisions and what the
 * approval policy still needs, the comment threads, and the forms the visitor may use (each form only when the
 * registry would accept it from them).
 *
 * @param url          the version's card page URL; the forms post to {@code url + "/ui/" + action}
 * @param csrf         the session's CSRF token for the forms
 * @param revision     the current revision's content hash, which the decision forms name, or null before any upload
 * @param status       the policy's verdict on the current revision ({@code approved}, {@code changes requested},
 *                     {@code pending}), or null before any upload
 * @param needs        every condition of the policy not met yet, in words (open change requests first)
 * @param policy       the approval policy in words
 * @param checks       what a submit would check (shown to the author before submitting), or empty when not shown
 * @param completeness the current card's completeness per section, or empty when the checks are not shown
 * @param overall      the card's overall completeness score, 0 to 100 (when the checks are shown)
 * @param decisions    each reviewer's latest decision, oldest first
 * @param threads      the comment threads, oldest first
 * @param sections     the card's sections by title, for anchoring a comment (the first option is the whole card)
 * @param forms        which forms the visitor sees
 */
public record ReviewView(String url, String csrf, String revision, String status, List<String> needs, String policy,
                         List<Check> checks, List<Score> completeness, int overall, List<DecisionRow> decisions,
                         List<Thread> threads, List<Option> sections, Forms forms) {
    /** Copies the lists. */
    public ReviewView {
        needs = List.copyOf(needs);
        checks = List.copyOf(checks);
        completeness = List.copyOf(completeness);
        decisions = List.copyOf(decisions);
        threads = List.copyOf(threads);
        sections = List.copyOf(sections);
    }

    /** The URL a form of {@code action} posts to. */
    public String action(String action) {
        return url + "/ui/" + action;
    }

    /** Whether the pre-submit checks are shown (to the author of a version they may submit). */
    public boolean showsChecks() {
        return forms.submit() != null;
    }

    /** Whether any check is an error, which would refuse the submit. */
    public boolean blocked() {
        return checks.stream().anyMatch(c -> c.severity().equals("error"));
    }

    /**
     * One finding of the rule packs.
     *
     * @param severity {@code error} or {@code warning}
     * @param field    the card field it is about (JSON Pointer), or empty
     * @param message  what is wrong and what to do
     * @param code     its stable code
     */
    public record Check(String severity, String field, String message, String code) {}

    /**
     * One section's completeness.
     *
     * @param name    the section's name
     * @param filled  how many of its fields are filled
     * @param total   how many fields it counts
     * @param missing the labels of the fields not filled
     */
    public record Score(String name, int filled, int total, List<String> missing) {
        /** Copies the list. */
        public Score {
            missing = List.copyOf(missing);
        }
    }

    /**
     * A reviewer's latest decision.
     *
     * @param reviewer who
     * @param decision {@code approve} or {@code request_changes}
     * @param label    the decision in words
     * @param role     the review role decided in, or null
     * @param comment  what they wrote, or null
     * @param at       when (ISO-8601, UTC)
     * @param earlier  whether it was made on an earlier revision (it no longer counts)
     */
    public record DecisionRow(String reviewer, String decision, String label, String role, String comment, String at,
                              boolean earlier) {}

    /**
     * A comment thread: its first comment and every reply below it, in the order written.
     *
     * @param root    the comment that opened the thread
     * @param replies the replies, at any depth, in order
     */
    public record Thread(CommentItem root, List<CommentItem> replies) {
        /** Copies the list. */
        public Thread {
            replies = List.copyOf(replies);
        }
    }

    /**
     * One comment.
     *
     * @param id         its id, which the reply and resolve forms name
     * @param author     who wrote it
     * @param at         when (ISO-8601, UTC)
     * @param anchor     the field or section it is about in words ("Out-of-Scope Use", "/uses/out_of_scope_use"), or null
     * @param anchorHref a link to the section on the page, or null
     * @param text       what it says
     * @param resolved   whether it was marked resolved
     * @param earlier    whether it was written on an earlier revision
     */
    public record CommentItem(long id, String author, String at, String anchor, String anchorHref, String text,
                              boolean resolved, boolean earlier) {}

    /**
     * The forms the visitor may use.
     *
     * @param submit   the submit button's label ("Submit for review", "Resubmit"), or null when not offered
     * @param review   whether the approve and request-changes forms are shown
     * @param roles    the policy's review roles, to decide in (empty: none)
     * @param comment  whether the visitor may comment, reply and resolve
     */
    public record Forms(String submit, boolean review, List<String> roles, boolean comment) {
        /** No forms at all: a reader's view. */
        public static final Forms NONE = new Forms(null, false, List.of(), false);

        /** Copies the list. */
        public Forms {
            roles = List.copyOf(roles);
        }
    }
}
