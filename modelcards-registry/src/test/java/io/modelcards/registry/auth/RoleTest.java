package io.modelcards.registry.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RoleTest {
    private static Set<Capability> grantsOf(Role role) {
        return Arrays.stream(Capability.values()).filter(role::grants)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Capability.class)));
    }

    @Test
    void eachRoleGrantsExactlyItsCapabilities() {
        assertThat(grantsOf(Role.VIEWER)).containsExactly(Capability.READ);
        assertThat(grantsOf(Role.AUTHOR)).containsExactly(Capability.READ, Capability.AUTHOR);
        assertThat(grantsOf(Role.REVIEWER)).containsExactly(Capability.READ, Capability.REVIEW);
        assertThat(grantsOf(Role.ADMIN)).containsExactly(Capability.values());
    }

    @Test
    void rolesAreNamedInLowerCaseAndParsedBack() {
        for (Role r : Role.values()) {
            assertThat(Role.parse(r.id())).contains(r);
        }
        assertThat(Role.REVIEWER.id()).isEqualTo("reviewer");
        assertThat(Role.parse("root")).isEmpty();
    }

    @Test
    void aDisabledUserMayDoNothing() {
        User admin = new User("root", Role.ADMIN, null, true);
        assertThat(Capability.values()).noneMatch(admin::may);
    }
}
