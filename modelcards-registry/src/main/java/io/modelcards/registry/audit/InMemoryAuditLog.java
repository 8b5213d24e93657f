package io.modelcards.registry.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** An audit log held in memory, for tests and tools; safe for concurrent use. */
public final class InMemoryAuditLog implements AuditLog {
    private final List<AuditEntry> entries = new ArrayList<>();

    /** An empty log. */
    public InMemoryAuditLog() {}

    @Override
    public synchronized ChainHead head() {
        return entries.isEmpty() ? ChainHead.GENESIS : entries.get(entries.size() - 1).head();
    }

    @Override
    public synchronized void append(AuditEntry entry) {
        ChainHead head = head();
        if (entry.seq() != head.seq() + 1 || !entry.prevHash().equals(head.hash())) {
            throw new ChainConflictException("audit entry " + entry.seq() + " does not follow the head, entry " + head.seq()
                    + ": read the head again and retry");
        }
        entries.add(entry);
    }

    @Override
    public synchronized Stream<AuditEntry> entries(long fromSeq, long toSeq) {
        // Seqs run from 1 without gaps here, so entry n sits at index n - 1; a snapshot keeps later appends out.
        int from = (int) Math.min(Math.max(fromSeq, 1) - 1, entries.size());
        int to = (int) Math.min(Math.max(toSeq, 0), entries.size());
        return List.copyOf(entries.subList(from, Math.max(from, to))).stream();
    }
}
