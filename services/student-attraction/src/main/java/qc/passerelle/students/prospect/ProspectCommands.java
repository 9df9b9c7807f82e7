package qc.passerelle.students.prospect;

import java.util.Optional;
import java.util.function.Function;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import qc.passerelle.contracts.MobilityEvent;
import qc.passerelle.messaging.outbox.AggregateStore;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.messaging.outbox.Outbox;
import qc.passerelle.security.Caller;
import qc.passerelle.web.ConflictException;
import qc.passerelle.web.NotFoundException;

/**
 * The one way a step changes a prospect's file: read it within the caller's scope, answer a repeated Idempotency-Key
 * with the current state, let the step check the file and build its change, then write the change, its event and the
 * key in one update conditional on the version that was read. Every step appends an event and so moves the version:
 * the version pins the whole file, and a step checked against it can only land on that very state.
 */
@Service
class ProspectCommands {

    /** A change to the file and the event that announces it. */
    record Change(Update update, MobilityEvent event) {
    }

    private final ProspectRepository prospects;
    private final AggregateStore store;
    private final Outbox outbox;

    ProspectCommands(ProspectRepository prospects, AggregateStore store, Outbox outbox) {
        this.prospects = prospects;
        this.store = store;
        this.outbox = outbox;
    }

    Prospect apply(String prospectId, Caller caller, Optional<String> idempotencyKey, String fingerprint,
                   Function<Prospect, Change> step) {
        Criteria scope = ProspectScope.POLICY.require(caller);
        Prospect prospect = prospects.findInScope(prospectId, scope)
                .orElseThrow(() -> new NotFoundException("no prospect " + prospectId));
        if (CommandKeys.alreadyApplied(prospect.commandKeys(), idempotencyKey, fingerprint)) {
            return prospect;
        }
        Change change = step.apply(prospect);
        Update update = CommandKeys.remember(outbox.append(change.update(), prospect.version(), change.event()),
                idempotencyKey, fingerprint);
        return store.updateAtVersion(Prospect.COLLECTION, prospectId, prospect.version(), scope, update, Prospect.class)
                .orElseGet(() -> lostRace(prospectId, scope, idempotencyKey, fingerprint));
    }

    /** Another step changed the file first: a twin of this one is answered as done, anything else is a 409. */
    private Prospect lostRace(String prospectId, Criteria scope, Optional<String> idempotencyKey, String fingerprint) {
        Prospect now = prospects.findInScope(prospectId, scope).orElseThrow(() -> new NotFoundException("no prospect " + prospectId));
        if (CommandKeys.alreadyApplied(now.commandKeys(), idempotencyKey, fingerprint)) {
            return now;
        }
        throw new ConflictException("prospect " + prospectId + " changed meanwhile (now " + now.stage()
                + "): read it again before trying this step");
    }
}
