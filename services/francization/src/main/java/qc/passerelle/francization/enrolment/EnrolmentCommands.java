package qc.passerelle.francization.enrolment;

import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * The one way a command changes an enrolment: find it within the caller's scope, answer a repeated Idempotency-Key
 * with the current state, then write the change, its events and the key in one atomic update conditional on the
 * version that was read, the status and the caller's scope. A command that loses a race answers 409: the events it
 * would have published were built from a state that no longer holds.
 */
@Service
public class EnrolmentCommands {

    /** A change to an enrolment and the events that announce it (none for an offer declined). */
    public record Change(Update update, List<MobilityEvent> events) {
        public static Change of(Update update, MobilityEvent... events) {
            return new Change(update, List.of(events));
        }
    }

    private final EnrolmentStore enrolments;
    private final AggregateStore store;
    private final Outbox outbox;

    EnrolmentCommands(EnrolmentStore enrolments, AggregateStore store, Outbox outbox) {
        this.enrolments = enrolments;
        this.store = store;
        this.outbox = outbox;
    }

    public Enrolment apply(String enrolmentId, Caller caller, Optional<String> idempotencyKey, String fingerprint,
                           Set<EnrolmentStatus> allowedFrom, Function<Enrolment, Change> change) {
        Criteria scope = EnrolmentScope.POLICY.require(caller);
        Enrolment enrolment = enrolments.findInScope(enrolmentId, scope)
                .orElseThrow(() -> new NotFoundException("no enrolment " + enrolmentId));
        if (CommandKeys.alreadyApplied(enrolment.commandKeys(), idempotencyKey, fingerprint)) {
            return enrolment;
        }
        if (!allowedFrom.contains(enrolment.status())) {
            throw new ConflictException("enrolment " + enrolmentId + " is " + enrolment.status()
                    + ": this change is not possible");
        }
        Change c = change.apply(enrolment);
        if (c == null) {
            return enrolment;
        }
        Update update = CommandKeys.remember(
                outbox.append(c.update(), enrolment.version(), c.events().toArray(MobilityEvent[]::new)),
                idempotencyKey, fingerprint);
        Criteria stillAllowed = new Criteria().andOperator(Criteria.where("status").in(allowedFrom), scope);
        return store.updateAtVersion(Enrolment.COLLECTION, enrolmentId, enrolment.version(), stillAllowed, update,
                        Enrolment.class)
                .orElseGet(() -> lostRace(enrolmentId, scope, idempotencyKey, fingerprint));
    }

    /** Another command changed the enrolment first: a twin of this one is answered as done, anything else is a 409. */
    private Enrolment lostRace(String enrolmentId, Criteria scope, Optional<String> idempotencyKey, String fingerprint) {
        Enrolment now = enrolments.findInScope(enrolmentId, scope).orElseThrow(() -> new ConflictException(
                "enrolment " + enrolmentId + " changed meanwhile and is no longer yours to change"));
        if (CommandKeys.alreadyApplied(now.commandKeys(), idempotencyKey, fingerprint)) {
            return now;
        }
        throw new ConflictException("enrolment " + enrolmentId + " changed meanwhile (now " + now.status()
                + "): read it again before trying this change");
    }
}
