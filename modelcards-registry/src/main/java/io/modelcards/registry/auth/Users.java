package io.modelcards.registry.auth;

import io.modelcards.registry.db.Database;
import io.modelcards.registry.db.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** The registry's users: add, find, list and disable. A user is never deleted, so that the audit log's actors stay known. */
public final class Users {
    /** A user name: the same rule as a model name. */
    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

    private final Jdbi jdbi;
    private final Handle handle;
    private final Clock clock;

    /** The users stored in {@code database}, stamped with {@code clock}. */
    public Users(Database database, Clock clock) {
        this.jdbi = database.jdbi();
        this.handle = null;
        this.clock = clock;
    }

    private Users(Handle handle, Clock clock) {
        this.jdbi = null;
        this.handle = handle;
        this.clock = clock;
    }

    /** The same users inside the transaction of {@code handle}: writes commit or roll back with it. */
    public Users within(Handle handle) {
        return new Users(handle, clock);
    }

    /** Adds the enabled user {@code name} with {@code role}; a bad or taken name is refused. */
    public User add(String name, Role role) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new AuthException("users/" + name, "auth/bad-name", "'" + name
                    + "' is not a user name: use 1 to 100 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        try {
            on(h -> h.createUpdate("INSERT INTO users (name, role, created_at, disabled) VALUES (:n, :r, :at, FALSE)")
                    .bind("n", name).bind("r", role.id()).bind("at", Rows.instant(clock.instant())).execute());
        } catch (RuntimeException e) {
            if (Rows.isUniqueViolation(e)) {
                throw new AuthException("users/" + name, "auth/duplicate-user", "user '" + name
                        + "' already exists: choose another name, or give that user a new token");
            }
            throw e;
        }
        return find(name).orElseThrow();
    }

    /** The user named {@code name}, enabled or not. */
    public Optional<User> find(String name) {
        return on(h -> h.createQuery("SELECT name, role, created_at, disabled FROM users WHERE name = :n")
                .bind("n", name).map(Users::user).findOne());
    }

    /** Every user, by name. */
    public List<User> list() {
        return on(h -> h.createQuery("SELECT name, role, created_at, disabled FROM users ORDER BY name")
                .map(Users::user).list());
    }

    /** Disables {@code name}: its tokens are refused from now on. An unknown user is refused. */
    public void disable(String name) {
        int changed = on(h -> h.createUpdate("UPDATE users SET disabled = TRUE WHERE name = :n").bind("n", name).execute());
        if (changed == 0) {
            throw unknown(name);
        }
    }

    static AuthException unknown(String name) {
        return new AuthException("users/" + name, "auth/unknown-user", "there is no user '" + name + "': add it first, or list the users");
    }

    static User user(ResultSet rs, StatementContext ctx) throws SQLException {
        String role = rs.getString("role");
        return new User(rs.getString("name"), Role.parse(role).orElseThrow(() -> new IllegalStateException("unknown role '" + role + "'")),
                Rows.instant(rs, "created_at"), rs.getBoolean("disabled"));
    }

    /** Runs {@code work} on the caller's handle, or in a transaction of its own. */
    private <T> T on(Function<Handle, T> work) {
        return handle != null ? work.apply(handle) : jdbi.inTransaction(work::apply);
    }
}
