package io.modelcards.registry.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcards.registry.db.Database;
import io.modelcards.registry.db.StorageTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

class UsersTest {
    private static final Instant T0 = Instant.parse("2026-12-06T05:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    @StorageTest
    void addedUsersAreListedByNameWithTheirRoles(Database db) {
        Users users = new Users(db, CLOCK);
        users.add("bob", Role.REVIEWER);
        users.add("ann", Role.AUTHOR);
        assertThat(users.list()).containsExactly(new User("ann", Role.AUTHOR, T0, false), new User("bob", Role.REVIEWER, T0, false));
    }

    @StorageTest
    void aDisabledUserStaysListedAsDisabled(Database db) {
        Users users = new Users(db, CLOCK);
        users.add("ann", Role.AUTHOR);
        users.disable("ann");
        assertThat(users.find("ann").orElseThrow().disabled()).isTrue();
    }

    @StorageTest
    void aSecondUserOfTheSameNameIsRefused(Database db) {
        Users users = new Users(db, CLOCK);
        users.add("ann", Role.AUTHOR);
        assertThatThrownBy(() -> users.add("ann", Role.ADMIN))
                .isInstanceOfSatisfying(AuthException.class, e -> assertThat(e.code()).isEqualTo("auth/duplicate-user"));
        assertThat(users.find("ann").orElseThrow().role()).isEqualTo(Role.AUTHOR);
    }

    @StorageTest
    void aUserNameOutsideTheRuleIsRefused(Database db) {
        Users users = new Users(db, CLOCK);
        assertThatThrownBy(() -> users.add("Ann Smith", Role.AUTHOR))
                .isInstanceOfSatisfying(AuthException.class, e -> assertThat(e.code()).isEqualTo("auth/bad-name"));
    }

    @StorageTest
    void noUserCanBeAddedUnderTheLocalAdminsName(Database db) {
        Users users = new Users(db, CLOCK);
        assertThatThrownBy(() -> users.add(User.LOCAL_ADMIN.name(), Role.ADMIN))
                .isInstanceOfSatisfying(AuthException.class, e -> assertThat(e.code()).isEqualTo("auth/bad-name"));
    }

    @StorageTest
    void disablingAnUnknownUserIsRefused(Database db) {
        Users users = new Users(db, CLOCK);
        assertThatThrownBy(() -> users.disable("ghost"))
                .isInstanceOfSatisfying(AuthException.class, e -> assertThat(e.code()).isEqualTo("auth/unknown-user"));
    }
}
