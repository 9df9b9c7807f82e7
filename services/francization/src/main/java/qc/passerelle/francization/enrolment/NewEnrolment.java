package qc.passerelle.francization.enrolment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import qc.passerelle.contracts.francization.EnrolmentSource;
import qc.passerelle.contracts.francization.FrancizationEnrolled;
import qc.passerelle.contracts.francization.LearningChannel;
import qc.passerelle.francization.progress.Levels;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.messaging.outbox.Outbox;
import qc.passerelle.messaging.outbox.PendingEvent;

/**
 * What a new enrolment is made of, whatever caused it. {@code accessPointId} and {@code channel} may be missing for an
 * offer whose class is not known yet (a worker whose housing unit's region has not reached us).
 */
public record NewEnrolment(String enrolmentId, Person person, EnrolmentSource source, String sourceReference,
                           String employerId, String institutionId, String housingUnitId, String accessPointId,
                           LearningChannel channel, int startingLevel, int targetLevel) {

    /** Active at once, announced by {@code FrancizationEnrolled} in the same write (sequence 1). */
    Enrolment active(Outbox outbox, Instant now, Optional<String> idempotencyKey, String fingerprint) {
        FrancizationEnrolled event = new FrancizationEnrolled(enrolmentId, person.personId(), person.givenName(),
                person.familyName(), person.citizenship(), person.birthYear(), source, sourceReference, channel,
                startingLevel);
        return document(EnrolmentStatus.ACTIVE, now, now, idempotencyKey.orElse(null),
                idempotencyKey.map(k -> List.of(new CommandKeys.CommandKey(k, fingerprint))).orElse(List.of()), 1,
                outbox.events(event), true);
    }

    /** An offer: nothing is published until it is accepted, so it has produced no event (version 0). */
    Enrolment offered(Instant now) {
        return document(EnrolmentStatus.OFFERED, now, null, null, List.of(), 0, List.of(), false);
    }

    private Enrolment document(EnrolmentStatus status, Instant now, Instant activatedAt, String idempotencyKey,
                               List<CommandKeys.CommandKey> commandKeys, long version, List<PendingEvent> events, boolean pending) {
        return new Enrolment(enrolmentId, person.personId(), person.givenName(), person.familyName(),
                person.citizenship(), person.birthYear(), source, sourceReference, employerId, institutionId,
                housingUnitId, accessPointId, channel, startingLevel, targetLevel, Levels.startingAt(startingLevel),
                List.of(), status, null, List.of(), now, activatedAt, null, idempotencyKey, commandKeys, version, events,
                pending);
    }
}
