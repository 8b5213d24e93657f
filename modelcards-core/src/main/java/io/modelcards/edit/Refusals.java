package io.modelcards.edit;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;

/**
 * The refusals of an edit, each one {@link Diagnostic} with an {@code edit/*} code and the pointer it concerns. An edit
 * reads no file, so the diagnostic names the input "-" at 0:0; a caller editing a file names it with
 * {@link Diagnostic#inFile}.
 */
final class Refusals {
    static final String UNKNOWN = "edit/unknown-pointer";
    static final String WRONG_TYPE = "edit/wrong-type";
    static final String READ_ONLY = "edit/read-only";
    static final String BAD_POINTER = "edit/bad-pointer";
    static final String REQUIRED = "edit/required";

    private Refusals() {}

    static InvalidInputException of(String code, String pointer, String message) {
        return new InvalidInputException(Diagnostic.error("-", 0, 0, code, message).atPointer(pointer));
    }

    static InvalidInputException badPointer(String pointer, String message) {
        return of(BAD_POINTER, pointer, message);
    }

    static InvalidInputException unknown(String pointer, String message) {
        return of(UNKNOWN, pointer, message);
    }

    static InvalidInputException wrongType(String pointer, String message) {
        return of(WRONG_TYPE, pointer, message);
    }
}
