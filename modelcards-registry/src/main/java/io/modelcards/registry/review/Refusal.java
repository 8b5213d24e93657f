package io.modelcards.registry.review;

/**
 * Why a review or a comment is not accepted: a stable code ({@code review/own-revision}) and a message saying what to
 * do instead. A server answers it as a client error; nothing is recorded.
 *
 * @param code    a stable id such as {@code review/comment-required}
 * @param message what is wrong and what to do about it
 */
public record Refusal(String code, String message) {
    @Override
    public String toString() {
        return message + " [" + code + "]";
    }
}
