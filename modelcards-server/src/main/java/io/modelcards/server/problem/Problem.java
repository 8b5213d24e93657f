package io.modelcards.server.problem;

import java.util.List;

/**
 * An RFC 7807 problem, the body of every error response ({@code application/problem+json}): what went wrong, in words a
 * user can act on, with the field it concerns where there is one. It never holds a class name, a stack trace or a token.
 *
 * @param type     {@code https://modelcards.io/problems/<code>}
 * @param title    the short, fixed description of the status
 * @param status   the HTTP status
 * @param detail   what went wrong and what to do, for this request
 * @param code     the stable code of the first problem, e.g. {@code workflow/not-allowed}
 * @param pointer  the JSON Pointer of the field concerned, or null
 * @param problems every problem found (at least one)
 * @param errorId  for a 500, the id under which the server logged the failure; otherwise null
 */
public record Problem(String type, String title, int status, String detail, String code, String pointer,
                      List<Item> problems, String errorId) {
    /** Where problem types live: a problem's type is this followed by its code. */
    public static final String TYPE_BASE = "https://modelcards.io/problems/";
    /** The media type of problem bodies. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** Copies the list. */
    public Problem {
        problems = List.copyOf(problems);
    }

    /**
     * One problem: its code, message and, where known, the field (JSON Pointer) and the place in the request body.
     *
     * @param code    stable code
     * @param message what is wrong and what to do
     * @param pointer the field's JSON Pointer, or null
     * @param line    1-based line in the request body, or null
     * @param column  1-based column in the request body, or null
     */
    public record Item(String code, String message, String pointer, Integer line, Integer column) {}

    /** A problem with one item: {@code status}, {@code code}, {@code message} and an optional {@code pointer}. */
    public static Problem of(int status, String code, String message, String pointer) {
        return of(status, List.of(new Item(code, message, pointer, null, null)), null);
    }

    /** A problem made of {@code items} (not empty); the first item gives the code, detail and pointer. */
    public static Problem of(int status, List<Item> items, String errorId) {
        Item first = items.get(0);
        String detail = items.size() == 1 ? first.message()
                : first.message() + " (and " + (items.size() - 1) + " more: see problems)";
        return new Problem(TYPE_BASE + first.code(), Statuses.title(status), status, detail, first.code(), first.pointer(),
                items, errorId);
    }
}
