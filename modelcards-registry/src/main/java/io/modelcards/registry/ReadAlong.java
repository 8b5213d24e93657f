package io.modelcards.registry;

import io.modelcards.registry.audit.AuditChain;
import io.modelcards.registry.audit.AuditEntry;
import io.modelcards.registry.audit.AuditEvent;
import io.modelcards.registry.audit.AuditLog;
import io.modelcards.registry.audit.ChainHead;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * An audit log whose reads show each entry to a reader as it is read, so that a caller learns what it needs from the
 * chain during the pass that verifies it instead of reading the chain a second time. Appends are refused: it only reads.
 */
final class ReadAlong implements AuditLog {
    private final AuditLog log;
    private final Consumer<AuditEntry> reader;

    ReadAlong(AuditLog log, Consumer<AuditEntry> reader) {
        this.log = log;
        this.reader = reader;
    }

    @Override
    public ChainHead head() {
        return log.head();
    }

    @Override
    public void append(AuditEntry entry) {
        throw new UnsupportedOperationException("a log read along with a verification is not appended to");
    }

    @Override
    public AuditEntry append(AuditChain chain, AuditEvent.Draft draft) {
        throw new UnsupportedOperationException("a log read along with a verification is not appended to");
    }

    @Override
    public Stream<AuditEntry> entries(long fromSeq, long toSeq) {
        return log.entries(fromSeq, toSeq).peek(reader);
    }
}
