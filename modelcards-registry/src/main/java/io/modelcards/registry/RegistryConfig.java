package io.modelcards.registry;

import io.modelcards.registry.review.ApprovalPolicy;
import io.modelcards.validate.RegistryEvidence;
import io.modelcards.validate.RulePack;
import io.modelcards.validate.ValidationOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How a {@link Registry} is opened: its database, its home folder, its clock, its approval policy, the rule packs a card
 * must pass to enter review, its audit signing key, and whether anonymous callers may read published cards.
 *
 * @param jdbcUrl               the database's JDBC URL ({@code jdbc:postgresql://...}), or null for the embedded H2
 *                              file {@code registry.mv.db} in {@code home}
 * @param home                  the registry's folder: the embedded database and, by default, the signing key live here
 * @param clock                 the clock every stored time and audit event is stamped with
 * @param policy                what a revision needs to be approved
 * @param rulePacks             the packs {@code submit} runs besides {@code schema}; an error in any refuses the submit
 * @param completenessThreshold the {@code complete} pack's threshold, a score from 0 to 100 (rounded to a whole number)
 * @param keyFile               the Ed25519 private key (PEM) that signs checkpoints, created owner-only on first open,
 *                              with its public key beside it in {@code <keyFile>.pub}
 * @param anonymousRead         whether callers without a token may read published and deprecated cards (the server's
 *                              check; the registry itself does not authenticate)
 */
public record RegistryConfig(String jdbcUrl, Path home, Clock clock, ApprovalPolicy policy, Set<RulePack> rulePacks,
        double completenessThreshold, Path keyFile, boolean anonymousRead) {

    /** The packs {@code submit} runs by default: Hugging Face conventions, completeness and review (no stale text). */
    public static final Set<RulePack> DEFAULT_PACKS = Set.copyOf(EnumSet.of(RulePack.HF, RulePack.COMPLETE, RulePack.REVIEW));

    /** The file name of the signing key in {@code home} when no other is given. */
    public static final String DEFAULT_KEY_FILE = "audit-key.pem";

    /** Checks the settings; a null key file means {@value #DEFAULT_KEY_FILE} in {@code home}. */
    public RegistryConfig {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(policy, "policy");
        rulePacks = Set.copyOf(rulePacks);
        if (!(completenessThreshold >= 0 && completenessThreshold <= 100)) {
            throw new IllegalArgumentException("the completeness threshold is a score from 0 to 100, not " + completenessThreshold);
        }
        keyFile = keyFile == null ? home.resolve(DEFAULT_KEY_FILE) : keyFile;
    }

    /** The embedded H2 database and the key in {@code home}, the system clock (UTC), the default policy and packs. */
    public static RegistryConfig defaults(Path home) {
        return new RegistryConfig(null, home, Clock.systemUTC(), ApprovalPolicy.DEFAULT, DEFAULT_PACKS,
                ValidationOptions.DEFAULT_THRESHOLD, null, false);
    }

    /** This configuration on the database at {@code url} (null: the embedded H2 file in {@code home}). */
    public RegistryConfig withJdbcUrl(String url) {
        return new RegistryConfig(url, home, clock, policy, rulePacks, completenessThreshold, keyFile, anonymousRead);
    }

    /** This configuration with its times from {@code c}. */
    public RegistryConfig withClock(Clock c) {
        return new RegistryConfig(jdbcUrl, home, c, policy, rulePacks, completenessThreshold, keyFile, anonymousRead);
    }

    /** This configuration with approval policy {@code p}; the packs it names, if any, become the ones submit runs. */
    public RegistryConfig withPolicy(ApprovalPolicy p) {
        return new RegistryConfig(jdbcUrl, home, clock, p, p.packs() == null ? rulePacks : p.packs(), completenessThreshold, keyFile,
                anonymousRead);
    }

    /** This configuration with submit running {@code packs} (besides {@code schema}) at completeness {@code threshold}. */
    public RegistryConfig withRules(Set<RulePack> packs, double threshold) {
        return new RegistryConfig(jdbcUrl, home, clock, policy, packs, threshold, keyFile, anonymousRead);
    }

    /** This configuration signing checkpoints with the key in {@code file}. */
    public RegistryConfig withKeyFile(Path file) {
        return new RegistryConfig(jdbcUrl, home, clock, policy, rulePacks, completenessThreshold, file, anonymousRead);
    }

    /** This configuration with anonymous reads of published cards allowed or not. */
    public RegistryConfig withAnonymousRead(boolean allowed) {
        return new RegistryConfig(jdbcUrl, home, clock, policy, rulePacks, completenessThreshold, keyFile, allowed);
    }

    /**
     * The validation settings of a submit: the threshold as a whole score, and the records every version in a registry
     * gets (dated, signed review decisions; its history and audit chain), which the annex-iv pack counts as evidence.
     */
    ValidationOptions validationOptions() {
        return new ValidationOptions((int) Math.round(completenessThreshold))
                .withEvidence(RegistryEvidence.of(RegistryEvidence.Kind.REVIEWS, RegistryEvidence.Kind.HISTORY));
    }
}
