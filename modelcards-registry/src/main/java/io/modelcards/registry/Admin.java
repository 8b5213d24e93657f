package io.modelcards.registry;

import io.modelcards.registry.audit.Action;
import io.modelcards.registry.audit.AuditEvent;
import io.modelcards.registry.auth.Capability;
import io.modelcards.registry.auth.NewToken;
import io.modelcards.registry.auth.Role;
import io.modelcards.registry.auth.Tokens;
import io.modelcards.registry.auth.User;
import io.modelcards.registry.auth.Users;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An admin's changes to users and tokens, each audited in the same transaction: who added whom with which role, who
 * issued or revoked which token (by id; a token's text is never recorded). It counts its committed changes, so that
 * tokens accepted before are kept in memory across every other write ({@link #changes()}).
 */
final class Admin {
    private final Users users;
    private final Tokens tokens;
    /** How many of these changes have committed: moves after the commit, as {@link Writes#committed()} does. */
    private final AtomicLong changes = new AtomicLong();

    Admin(Users users, Tokens tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    /** Adds user {@code name} with {@code role}; see {@link Registry#addUser}. */
    User addUser(Tx tx, User actor, String name, Role role) {
        Access.require(actor, Capability.ADMINISTER, "users/" + name);
        User added = users.within(tx.handle()).add(name, role);
        changed(tx);
        tx.append(AuditEvent.draft(actor.name(), Action.USER_CREATED).withDetail("user", name).withDetail("role", role.id()));
        return added;
    }

    /** Issues a token for {@code user}; see {@link Registry#issueToken}. */
    NewToken issueToken(Tx tx, User actor, String user, Instant expiresAt) {
        Access.require(actor, Capability.ADMINISTER, "users/" + user);
        NewToken token = tokens.within(tx.handle()).issue(user, expiresAt);
        changed(tx);
        AuditEvent.Draft event = AuditEvent.draft(actor.name(), Action.TOKEN_CREATED).withDetail("user", user)
                .withDetail("token", token.id());
        tx.append(expiresAt == null ? event : event.withDetail("expires_at", AuditEvent.time(expiresAt)));
        return token;
    }

    /** Revokes token {@code id}; see {@link Registry#revokeToken}. */
    boolean revokeToken(Tx tx, User actor, long id) {
        Access.require(actor, Capability.ADMINISTER, "tokens/" + id);
        boolean revoked = tokens.within(tx.handle()).revoke(id);
        if (revoked) {
            changed(tx);
            tx.append(AuditEvent.draft(actor.name(), Action.TOKEN_REVOKED).withDetail("token", id));
        }
        return revoked;
    }

    /** How many users and tokens changes of this registry have committed; a token's acceptance depends on nothing else. */
    long changes() {
        return changes.get();
    }

    private void changed(Tx tx) {
        tx.afterCommit().add(changes::incrementAndGet);
    }
}
