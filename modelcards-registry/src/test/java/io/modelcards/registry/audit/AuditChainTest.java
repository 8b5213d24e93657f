package io.modelcards.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcards.testing.Golden;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    @Test
    void theGoldenChainKeepsItsHashes() {
        StringBuilder lines = new StringBuilder();
        for (AuditEntry e : Chains.golden()) {
            lines.append(e.seq()).append(' ').append(e.prevHash()).append(' ').append(e.hash()).append(' ')
                    .append(e.eventJson()).append('\n');
        }
        Golden.assertMatches("audit/golden-chain.txt", lines.toString());
    }

    @Test
    void theFirstEntryFollowsThirtyTwoZeroBytesAndEachNextOneItsPredecessor() {
        List<AuditEntry> chain = Chains.golden();
        assertThat(chain.get(0).prevHash()).isEqualTo("0".repeat(64));
        for (int i = 1; i < chain.size(); i++) {
            assertThat(chain.get(i).prevHash()).isEqualTo(chain.get(i - 1).hash());
            assertThat(chain.get(i).seq()).isEqualTo(i + 1);
        }
    }

    @Test
    void anEntrysHashIsSha256OfThePreviousHashBytesThenTheCanonicalEvent() throws Exception {
        AuditEntry second = Chains.golden().get(1);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(HexFormat.of().parseHex(second.prevHash()));
        sha.update(second.eventJson().getBytes(StandardCharsets.UTF_8));
        assertThat(second.hash()).isEqualTo(HexFormat.of().formatHex(sha.digest()));
    }

    @Test
    void theNextEntryTakesItsSeqFromTheHeadAndItsTimeFromTheClock() {
        ChainHead head = new ChainHead(41, "ab".repeat(32));
        AuditEntry e = new AuditChain(Chains.at(90)).next(head, AuditEvent.draft("bob", Action.TOKEN_REVOKED));
        assertThat(e.seq()).isEqualTo(42);
        assertThat(e.prevHash()).isEqualTo(head.hash());
        assertThat(e.event().at()).isEqualTo("2026-12-06T05:01:30Z");
    }

    @Test
    void aLinkHoldsTheEntryNextMakesAndTheJsonItsHashCovers() {
        ChainHead head = new ChainHead(41, "ab".repeat(32));
        AuditChain chain = new AuditChain(Chains.at(90));
        AuditEvent.Draft draft = AuditEvent.draft("bob", Action.TOKEN_REVOKED).withDetail("token", 7);
        AuditChain.Link link = chain.nextLink(head, draft);
        assertThat(link.entry()).isEqualTo(chain.next(head, draft));
        assertThat(link.eventJson()).isEqualTo(link.entry().eventJson());
    }

    @Test
    void aRowMapsOntoAnEntryAndBack() {
        AuditEntry e = Chains.golden().get(3);
        assertThat(AuditEntry.fromRow(e.seq(), e.eventJson(), e.prevHash(), e.hash())).isEqualTo(e);
    }

    @Test
    void aRowWithoutAnActionIsUnreadableWithTheReason() {
        AuditEntry e = Chains.golden().get(0);
        String json = e.eventJson().replace("\"action\":\"card.created\",", "");
        assertThatThrownBy(() -> AuditEntry.fromRow(1, json, e.prevHash(), e.hash()))
                .isInstanceOf(AuditFormatException.class).hasMessageContaining("names its action");
    }

    @Test
    void aRowWhoseSeqDiffersFromItsEventsIsUnreadableAtTheRowsSeq() {
        AuditEntry e = Chains.golden().get(3);
        assertThatThrownBy(() -> AuditEntry.fromRow(9, e.eventJson(), e.prevHash(), e.hash()))
                .isInstanceOfSatisfying(AuditFormatException.class, x -> assertThat(x.seq()).isEqualTo(9))
                .hasMessageContaining("audit entry 9").hasMessageContaining("seq 4");
    }
}
