package io.modelcards.cli;

import io.modelcards.cli.remote.RegistryOptions;
import io.modelcards.cli.remote.RemoteAudit;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.registry.audit.AuditEntry;
import io.modelcards.registry.audit.AuditKeys;
import io.modelcards.registry.audit.ChainVerifier;
import io.modelcards.registry.audit.Checkpoint;
import io.modelcards.registry.audit.Verification;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code modelcards audit verify}: recomputes a registry's hash-chained audit log and names the first bad entry. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Check a registry's tamper-evident audit log.",
        subcommands = AuditCommand.Verify.class)
final class AuditCommand implements Runnable {
    @Override
    public void run() {
        throw CliFailure.usage("audit", "usage/subcommand", "missing subcommand: use audit verify");
    }

    /** {@code audit verify [--checkpoint FILE]}: exit 0 when the chain verifies, else exit 3 naming the first bad entry. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Recompute the audit chain from its first entry, from the database (--home, --db) or from a server "
                    + "(--server), and check the registry's signed checkpoints; name the first bad entry.",
                    "With --checkpoint, also check that the chain still contains the head of a checkpoint you kept: then "
                            + "entries cut from its end, or a rewritten chain, are found too."})
    static final class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--checkpoint", paramLabel = "FILE", description = "A signed checkpoint (note) you kept, to trust.")
        Path checkpoint;

        @Option(names = "--key", paramLabel = "FILE", description = "The registry's public key (PEM) that signed it "
                + "(default: HOME/audit-key.pem.pub, or the server's).")
        Path key;

        @Mixin
        RegistryHome home;

        @Mixin
        RegistryOptions registry;

        @Override
        public Integer call() {
            Checkpoint trusted = checkpoint == null ? null : readCheckpoint(checkpoint);
            Verification v = UsersCommand.direct(home, registry) ? fromDatabase(trusted) : RemoteAudit.verify(registry.client(),
                    trusted, key == null ? null : readKey(key));
            PrintWriter out = spec.commandLine().getOut();
            if (v instanceof Verification.Broken b) {
                throw CliFailure.invalid(Diagnostic.error("audit", (int) Math.min(Integer.MAX_VALUE, b.seq()), 0,
                        "audit/" + b.problem().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        "entry " + b.seq() + ": " + b.message()));
            }
            Verification.Verified ok = (Verification.Verified) v;
            out.println("audit chain verified: " + ok.count() + (ok.count() == 1 ? " entry" : " entries") + ", head "
                    + ok.head().hash() + (trusted == null ? "" : "; checkpoint " + checkpoint + " is on the chain"));
            out.flush();
            return ExitCode.OK;
        }

        private Verification fromDatabase(Checkpoint trusted) {
            return home.use(r -> {
                Verification stored = r.verifyAudit();
                if (!stored.ok() || trusted == null) {
                    return stored;
                }
                PublicKey k = key == null ? r.publicKey() : readKey(key);
                try (Stream<AuditEntry> entries = r.audit(1, Long.MAX_VALUE)) {
                    return ChainVerifier.verify(entries::iterator, trusted, k);
                }
            });
        }

        private static Checkpoint readCheckpoint(Path file) {
            String note = InputFiles.read(file, file.toString());
            try {
                return Checkpoint.parse(note);
            } catch (IllegalArgumentException e) {
                throw CliFailure.invalid(Diagnostic.error(file.toString(), 0, 0, "audit/bad-checkpoint",
                        "not a signed checkpoint note: " + e.getMessage()));
            }
        }

        private static PublicKey readKey(Path file) {
            try {
                return AuditKeys.readPublic(file);
            } catch (IOException | IllegalArgumentException e) {
                throw CliFailure.invalid(Diagnostic.error(file.toString(), 0, 0, "audit/bad-key",
                        "not an Ed25519 public key (PEM): " + e.getMessage()));
            }
        }
    }
}
