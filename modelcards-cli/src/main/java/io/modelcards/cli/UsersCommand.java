package io.modelcards.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.cli.remote.RegistryClient;
import io.modelcards.cli.remote.RegistryOptions;
import io.modelcards.registry.auth.Role;
import io.modelcards.registry.auth.User;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code modelcards users add|list}: manages a registry's users, on its database directly ({@code --home} or
 * {@code --db}) or through its server as an admin ({@code --server}).
 */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = {"Manage a registry's users: on its database directly (--home, --db), or through a server as an admin "
                + "(--server)."},
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class})
final class UsersCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw CliFailure.usage("users", "usage/subcommand", "missing subcommand: use users add NAME --role ROLE, or users list");
    }

    /** Where the users are: the database when --home or --db is given or no server is named, else the server. */
    static boolean direct(RegistryHome home, RegistryOptions registry) {
        return home.home != null || home.db != null || !registry.named();
    }

    /** {@code users add NAME --role ROLE}: creates a user and prints its first token, once. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add a user with a role (viewer, author, reviewer, admin) and print its API token once.",
                    "Only the token's hash is stored: keep the token in a file only the user can read."})
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "The user's name, such as alice.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "viewer, author, reviewer or admin.")
        String role;

        @Option(names = "--expires-in-days", paramLabel = "DAYS", description = "The token stops working after this many days "
                + "(default: never).")
        Integer days;

        @Mixin
        RegistryHome home;

        @Mixin
        RegistryOptions registry;

        @Override
        public Integer call() {
            Role r = Role.parse(role).orElseThrow(() -> CliFailure.usage("--role", "usage/role", "unknown role '" + role
                    + "': use " + Arrays.stream(Role.values()).map(Role::id).collect(Collectors.joining(", "))));
            if (days != null && (days < 1 || days > 3650)) {
                throw CliFailure.usage("--expires-in-days", "usage/expiry", "--expires-in-days is from 1 to 3650, not " + days);
            }
            PrintWriter out = spec.commandLine().getOut();
            String token;
            if (direct(home, registry)) {
                token = addDirectly(r);
            } else {
                RegistryClient client = registry.client();
                client.postJson("/api/v1/users", JsonNodeFactory.instance.objectNode().put("name", name).put("role", r.id()));
                ObjectNode body = JsonNodeFactory.instance.objectNode();
                if (days != null) {
                    body.put("expires_at", Instant.now().plus(Duration.ofDays(days)).toString());
                }
                JsonNode created = client.postJson("/api/v1/users/" + RegistryClient.segment(name) + "/tokens", body);
                token = created.path("token").asText();
            }
            out.println("added user " + name + " (" + r.id() + ")");
            out.println("token (shown once; keep it in a file only " + name + " can read, and pass it with --token-file):");
            out.println(token);
            out.flush();
            return ExitCode.OK;
        }

        /** Adds the user and its token through the registry's audited methods, as the local admin. */
        private String addDirectly(Role r) {
            return home.use(registry -> {
                registry.addUser(User.LOCAL_ADMIN, name, r);
                Instant expires = days == null ? null : registry.clock().instant().plus(Duration.ofDays(days));
                return registry.issueToken(User.LOCAL_ADMIN, name, expires).token();
            });
        }
    }

    /** {@code users list}: one line per user: name, role, and whether disabled. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List a registry's users: name, role, created, disabled.")
    static final class ListUsers implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        RegistryHome home;

        @Mixin
        RegistryOptions registry;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (direct(home, registry)) {
                for (User u : home.use(r -> r.users().list())) {
                    out.println(line(u.name(), u.role().id(), u.createdAt().toString(), u.disabled()));
                }
            } else {
                RegistryClient client = registry.client();
                JsonNode listed = client.getJson("/api/v1/users");
                for (JsonNode u : listed.isArray() ? listed : listed.path("items")) {
                    out.println(line(u.path("name").asText(), u.path("role").asText(), u.path("created_at").asText(),
                            u.path("disabled").asBoolean()));
                }
            }
            out.flush();
            return ExitCode.OK;
        }

        private static String line(String name, String role, String created, boolean disabled) {
            return name + "  " + role + "  " + created + (disabled ? "  disabled" : "");
        }
    }
}
