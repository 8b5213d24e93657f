package io.modelcards.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.modelcards.registry.RegistryException.Kind;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on refused registry calls. */
final class Refused {
    private Refused() {}

    /** Asserts that {@code call} is refused with {@code kind} and, as its first problem's code, {@code code}. */
    static RegistryException by(ThrowingCallable call, Kind kind, String code) {
        RegistryException e = catchThrowableOfType(call, RegistryException.class);
        assertThat(e).as("a refusal %s %s", kind, code).isNotNull();
        assertThat(e.kind()).as(e.getMessage()).isEqualTo(kind);
        assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
        return e;
    }
}
