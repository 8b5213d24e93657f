package io.modelcards.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcards.cli.remote.RegistryClient;
import io.modelcards.cli.remote.RegistryOptions;
import io.modelcards.registry.auth.TokenInfo;
import io.modelcards.registry.auth.User;
import io.modelcards.diagnostic.Diagnostic;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code modelcards tokens list|revoke}: a registry's API tokens, on its database directly or through its server. */
@Command(name = "tokens", mixinStandardHelpOptions = true,
        description = "List or revoke a registry's API tokens (never shown again after they were issued).",
        subcommands = {TokensCommand.ListTokens.class, TokensCommand.Revoke.class})
final class TokensCommand implements Runnable {
    @Override
    public void run() {
        throw CliFailure.usage("tokens", "usage/subcommand", "missing subcommand: use tokens list USER, or tokens revoke ID");
    }

    /** {@code tokens list USER}: one line per token of the user: id, created, expires, revoked. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List a user's tokens by id (the tokens themselves are not kept).")
    static final class ListTokens implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "USER", description = "The user.")
        String user;

        @Mixin
        RegistryHome home;

        @Mixin
        RegistryOptions registry;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (UsersCommand.direct(home, registry)) {
                for (TokenInfo t : home.use(r -> r.tokens().list(user))) {
                    out.println(line(t.id(), t.createdAt(), t.expiresAt(), t.revokedAt()));
                }
            } else {
                String path = "/api/v1/users/" + RegistryClient.segment(user) + "/tokens";
                for (JsonNode t : registry.client().getJson(path).path("items")) {
                    out.println(line(t.path("id").asLong(), t.path("created_at").asText(), t.path("expires_at").asText(null),
                            t.path("revoked_at").asText(null)));
                }
            }
            out.flush();
            return ExitCode.OK;
        }

        private static String line(long id, Object created, Object expires, Object revoked) {
            return id + "  created " + created + (expires == null ? "" : "  expires " + expires)
                    + (revoked == null ? "" : "  revoked " + revoked);
        }
    }

    /** {@code tokens revoke ID}: the token stops working at once. */
    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token by its id: it stops working at once.")
    static final class Revoke implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", description = "The token's id, from 'tokens list USER'.")
        long id;

        @Mixin
        RegistryHome home;

        @Mixin
        RegistryOptions registry;

        @Override
        public Integer call() {
            if (UsersCommand.direct(home, registry)) {
                if (!home.use(r -> r.revokeToken(User.LOCAL_ADMIN, id))) {
                    throw CliFailure.invalid(Diagnostic.error("tokens/" + id, 0, 0, "auth/unknown-token",
                            "no token with id " + id + " that is not already revoked: see 'tokens list USER'"));
                }
            } else {
                registry.client().send("DELETE", "/api/v1/tokens/" + id, null, null, "application/json", null);
            }
            spec.commandLine().getOut().println("revoked token " + id);
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }
}
