package io.modelcards.registry;

import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.codec.ContentHash;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.edit.CardEdit;
import io.modelcards.merge.CardMerge;
import io.modelcards.merge.MergeOptions;
import io.modelcards.merge.MergeResult;
import io.modelcards.registry.RegistryException.Kind;
import io.modelcards.registry.audit.Action;
import io.modelcards.registry.audit.AuditEvent;
import io.modelcards.registry.audit.Subject;
import io.modelcards.registry.auth.User;
import io.modelcards.registry.catalog.LockedVersion;
import io.modelcards.registry.catalog.Revision;
import io.modelcards.staleness.StaleField;
import io.modelcards.staleness.Staleness;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The writes of a version's card: uploads and field edits, allowed only where the workflow allows an edit (a draft, or
 * after changes were requested) and only to the model's owner or an admin. A version that started from a released
 * version's card (its base) gets its first upload merged into that card, so that people's text carries over.
 */
final class CardWrites {
    private CardWrites() {}

    /** Uploads {@code card} to the version; see {@link Registry#upload}. */
    static Upload upload(Tx tx, User actor, String model, String version, ModelCard card, ContentHash ifMatch) {
        LockedVersion v = editable(tx, actor, model, version, ifMatch);
        ModelCard stored = card;
        List<Diagnostic> warnings = List.of();
        boolean fromBase = v.current() == null && v.base() != null;
        if (fromBase) {
            ModelCard base = tx.versions().revision(v.base()).orElseThrow().card();
            MergeResult merged;
            try {
                merged = CardMerge.merge(card, base, MergeOptions.DEFAULT);
            } catch (InvalidInputException e) {
                throw RegistryException.invalid(e, v.subject());
            }
            stored = merged.card();
            warnings = warnings(v, merged);
        }
        Revision rev = store(tx, actor, v, stored, "upload", warnings.size());
        return new Upload(rev, warnings);
    }

    /** Applies {@code edits} to the version's card; see {@link Registry#edit}. */
    static Revision edit(Tx tx, User actor, String model, String version, List<FieldEdit> edits, ContentHash ifMatch) {
        LockedVersion v = editable(tx, actor, model, version, ifMatch);
        if (edits.isEmpty()) {
            throw RegistryException.of(Kind.INVALID, v.subject(), "registry/no-edits", "the request has no edits: give at least one");
        }
        ContentHash from = v.current() != null ? v.current() : v.base();
        if (from == null) {
            throw noCard(v);
        }
        ModelCard card = tx.versions().revision(from).orElseThrow().card();
        Origin.Human origin = new Origin.Human(actor.name(), null, tx.now().truncatedTo(ChronoUnit.SECONDS).toString());
        List<Diagnostic> problems = new ArrayList<>();
        for (FieldEdit e : edits) {
            try {
                card = e.op() == FieldEdit.Op.SET ? CardEdit.set(card, e.pointer(), e.value(), origin)
                        : CardEdit.remove(card, e.pointer(), origin);
            } catch (InvalidInputException refused) {
                refused.problems().forEach(d -> problems.add("-".equals(d.file()) ? d.inFile(v.subject()) : d));
            }
        }
        if (!problems.isEmpty()) {
            throw new RegistryException(Kind.INVALID, problems);
        }
        return store(tx, actor, v, card, "edit", edits.size());
    }

    /** Refusal of a write that needs a card when the version has none. */
    static RegistryException noCard(LockedVersion v) {
        return RegistryException.of(Kind.INVALID, v.subject(), "registry/no-card", "version " + v.version()
                + " has no card yet: upload one first");
    }

    private static LockedVersion editable(Tx tx, User actor, String model, String version, ContentHash ifMatch) {
        LockedVersion v = tx.lock(model, version);
        Access.author(actor, v.owner(), v.subject());
        Access.edit(actor, v);
        Access.match(v, ifMatch);
        return v;
    }

    private static Revision store(Tx tx, User actor, LockedVersion v, ModelCard card, String via, int count) {
        // The card is hashed here, once: the catalog and the card cache take the hash from here.
        ContentHash hash = ContentHash.of(card);
        Revision rev = tx.catalog().upload(v, card, hash, actor.name());
        if (rev.hash().equals(v.current())) {
            return rev;
        }
        tx.stored(v, hash, card);
        if (v.current() == null && v.base() != null) {
            tx.versions().adoptParent(v.id(), rev.hash(), v.base());
            rev = new Revision(rev.hash(), rev.model(), rev.version(), rev.cardJson(), rev.createdAt(), rev.createdBy(),
                    v.base());
        }
        AuditEvent.Draft event = Events.version(actor, Action.REVISION_UPLOADED, v)
                .withSubject(Subject.of(v.model(), v.version(), rev.hash())).withDetail("via", via)
                .withDetail(via.equals("edit") ? "edits" : "warnings", count);
        if (rev.parent() != null) {
            event = event.withDetail("parent", rev.parent().toString());
        }
        tx.append(event);
        return rev;
    }

    private static List<Diagnostic> warnings(LockedVersion v, MergeResult merged) {
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : merged.problems()) {
            out.add("-".equals(d.file()) ? d.inFile(v.subject()) : d);
        }
        for (StaleField f : Staleness.of(merged.card())) {
            out.add(Diagnostic.warning(v.subject(), 0, 0, "review/stale", f.pointer() + " was written against facts that changed ("
                    + f.reason() + "): re-read it, and edit it or set it again unchanged to confirm it").atPointer(f.pointer()));
        }
        return out;
    }
}
