package io.modelcards.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcards.registry.audit.Verification.Broken;
import io.modelcards.registry.audit.Verification.Problem;
import io.modelcards.registry.audit.Verification.Verified;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ChainVerifierTest {
    private static final KeyPair KEYS = AuditKeys.generate();

    static Stream<Long> seeds() {
        return Stream.iterate(1L, s -> s + 1).limit(200);
    }

    @Test
    void anIntactChainVerifiesWithItsHeadAndCount() {
        List<AuditEntry> chain = Chains.golden();
        assertThat(ChainVerifier.verify(chain, null, null)).isEqualTo(new Verified(chain.get(4).head(), 5));
    }

    @Test
    void theEmptyChainVerifiesAtGenesis() {
        assertThat(ChainVerifier.verify(List.of(), null, null)).isEqualTo(new Verified(ChainHead.GENESIS, 0));
    }

    @Test
    void aChainGrownPastItsTrustedCheckpointVerifies() {
        List<AuditEntry> chain = Chains.random(new Random(5), 20);
        Checkpoint cp = Checkpoint.sign("test", chain.get(11).head(), "test-key", KEYS);
        assertThat(ChainVerifier.verify(chain, cp, KEYS.getPublic()).ok()).isTrue();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyTamperingIsDetectedAndNamed(long seed) {
        Random random = new Random(seed);
        int n = 2 + random.nextInt(30);
        List<AuditEntry> chain = new ArrayList<>(Chains.random(random, n));
        Checkpoint cp = Checkpoint.sign("test", chain.get(n - 1).head(), "test-key", KEYS);
        int k = random.nextInt(n);
        long seq = k + 1;
        Broken expected;
        String what;
        switch (random.nextInt(9)) {
            case 0 -> {
                int field = random.nextInt(Tamper.FIELD_EDITS);
                AuditEntry e = chain.get(k);
                chain.set(k, new AuditEntry(Tamper.editEvent(e.event(), field, random), e.prevHash(), e.hash()));
                what = "edit of field " + field;
                expected = broken(seq, Problem.HASH_MISMATCH);
            }
            case 1 -> {
                AuditEntry e = chain.get(k);
                chain.set(k, new AuditEntry(Tamper.renumber(e.event(), seq + 1 + random.nextInt(3)), e.prevHash(), e.hash()));
                what = "edit of the seq";
                expected = broken(seq, Problem.SEQUENCE);
            }
            case 2 -> {
                AuditEntry e = chain.get(k);
                chain.set(k, new AuditEntry(e.event(), flip(e.prevHash(), random), e.hash()));
                what = "edit of the previous hash";
                expected = broken(seq, Problem.PREV_MISMATCH);
            }
            case 3 -> {
                AuditEntry e = chain.get(k);
                chain.set(k, new AuditEntry(e.event(), e.prevHash(), flip(e.hash(), random)));
                what = "edit of the hash";
                expected = broken(seq, Problem.HASH_MISMATCH);
            }
            case 4 -> {
                k = random.nextInt(n - 1);
                chain.remove(k);
                what = "deletion";
                expected = broken(k + 1, Problem.SEQUENCE);
            }
            case 5 -> {
                k = random.nextInt(n - 1);
                int j = k + 1 + random.nextInt(n - k - 1);
                AuditEntry a = chain.get(k);
                chain.set(k, chain.get(j));
                chain.set(j, a);
                what = "swap with " + (j + 1);
                expected = broken(k + 1, Problem.SEQUENCE);
            }
            case 6 -> {
                chain.add(k, forged(chain, k));
                what = "insertion";
                expected = insertion(seq, n, Problem.SEQUENCE);
            }
            case 7 -> {
                chain.add(k, forged(chain, k));
                for (int i = k + 1; i < chain.size(); i++) {
                    AuditEntry e = chain.get(i);
                    chain.set(i, new AuditEntry(Tamper.renumber(e.event(), i + 1), e.prevHash(), e.hash()));
                }
                what = "insertion with renumbering";
                expected = insertion(seq, n, Problem.PREV_MISMATCH);
            }
            default -> {
                int cut = 1 + random.nextInt(n);
                chain.subList(n - cut, n).clear();
                what = "truncation by " + cut;
                expected = broken(n - cut + 1, Problem.CHECKPOINT_MISMATCH);
            }
        }
        Verification result = ChainVerifier.verify(chain, cp, KEYS.getPublic());
        assertThat(result).as("seed %d, %s at entry %d of %d", seed, what, k + 1, n)
                .isInstanceOfSatisfying(Broken.class, b -> {
                    assertThat(b.seq()).isEqualTo(expected.seq());
                    assertThat(b.problem()).isEqualTo(expected.problem());
                    assertThat(b.message()).contains("entry " + expected.seq());
                });
    }

    @Test
    void aRewrittenTailIsCaughtOnlyByTheTrustedCheckpoint() {
        List<AuditEntry> chain = new ArrayList<>(Chains.random(new Random(7), 12));
        Checkpoint cp = Checkpoint.sign("test", chain.get(11).head(), "test-key", KEYS);
        AuditEntry e = chain.get(4);
        chain.set(4, new AuditEntry(Tamper.editEvent(e.event(), 1, new Random(1)), e.prevHash(), e.hash()));
        Tamper.relink(chain, 4);
        assertThat(ChainVerifier.verify(chain, null, null).ok()).isTrue();
        assertThat(ChainVerifier.verify(chain, cp, KEYS.getPublic()))
                .isInstanceOfSatisfying(Broken.class, b -> assertThat(b.problem()).isEqualTo(Problem.CHECKPOINT_MISMATCH))
                .extracting(v -> ((Broken) v).seq()).isEqualTo(12L);
    }

    @Test
    void aCheckpointSignedByAnotherKeyIsRefusedBeforeTheChainIsRead() {
        List<AuditEntry> chain = Chains.golden();
        Checkpoint cp = Checkpoint.sign("test", chain.get(4).head(), "test-key", AuditKeys.generate());
        Verification v = ChainVerifier.verify(chain, cp, KEYS.getPublic());
        assertThat(v).isInstanceOfSatisfying(Broken.class, b -> assertThat(b.problem()).isEqualTo(Problem.BAD_SIGNATURE));
    }

    @Test
    void aTrustedCheckpointWithoutAKeyIsAMistakeOfTheCaller() {
        Checkpoint cp = Checkpoint.sign("test", ChainHead.GENESIS, "test-key", KEYS);
        assertThatThrownBy(() -> ChainVerifier.verify(List.of(), cp, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnreadableRowIsNamedByItsSeq() {
        List<AuditEntry> chain = Chains.golden();
        Iterable<AuditEntry> rows = () -> new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < chain.size();
            }

            @Override
            public AuditEntry next() {
                AuditEntry e = chain.get(i++);
                String json = i == 3 ? e.eventJson().replace("\"seq\":3", "\"seq\":3,\"seq\":4") : e.eventJson();
                return AuditEntry.fromRow(e.seq(), json, e.prevHash(), e.hash());
            }
        };
        assertThat(ChainVerifier.verify(rows, null, null)).isInstanceOfSatisfying(Broken.class, b -> {
            assertThat(b.seq()).isEqualTo(3);
            assertThat(b.problem()).isEqualTo(Problem.UNREADABLE);
            assertThat(b.message()).contains("audit entry 3");
        });
    }

    @Test
    void verificationReadsOneEntryAtATime() {
        List<AuditEntry> chain = Chains.random(new Random(3), 50);
        int[] read = {0};
        Iterable<AuditEntry> once = () -> chain.stream().peek(e -> read[0]++).iterator();
        assertThat(ChainVerifier.verify(once, null, null).ok()).isTrue();
        assertThat(read[0]).isEqualTo(50);
    }

    /** A well-formed entry at seq {@code k + 1}, linked to the entry before it. */
    private static AuditEntry forged(List<AuditEntry> chain, int k) {
        String prev = k == 0 ? ChainHead.GENESIS_HASH : chain.get(k - 1).hash();
        return AuditChain.link(prev, AuditEvent.draft("mallory", Action.REVIEW_APPROVED).toEvent(k + 1, Chains.T0));
    }

    /**
     * What an entry forged at {@code seq} breaks: the entry after it shows {@code problem}, unless the forged one took
     * the place of the trusted checkpoint's head (seq {@code n}), which the checkpoint names first.
     */
    private static Broken insertion(long seq, int n, Problem problem) {
        return seq == n ? broken(seq, Problem.CHECKPOINT_MISMATCH) : broken(seq + 1, problem);
    }

    private static String flip(String hex, Random random) {
        int i = random.nextInt(hex.length());
        char c = hex.charAt(i) == '0' ? '1' : '0';
        return hex.substring(0, i) + c + hex.substring(i + 1);
    }

    private static Broken broken(long seq, Problem problem) {
        return new Broken(seq, problem, "");
    }
}
