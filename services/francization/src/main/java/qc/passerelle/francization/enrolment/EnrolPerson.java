package qc.passerelle.francization.enrolment;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import qc.passerelle.messaging.outbox.Outbox;

/**
 * Enrols a person at once (Journées Québec recruits, people MIFI registers), unless they already have an active
 * enrolment. Safe to run again for the same cause, in any order with other causes: the enrolment's id comes from its
 * cause, the person's claim is taken before the enrolment is written (see {@link PersonClaims}), and a cause turned
 * down is remembered as such.
 */
@Service
public class EnrolPerson {

    private static final Logger log = LoggerFactory.getLogger(EnrolPerson.class);

    /** The enrolment, or the active one that kept the person from being enrolled again. */
    public record Outcome(Enrolment enrolment, String busyWith) {
        public boolean enrolled() {
            return enrolment != null;
        }
    }

    private final EnrolmentStore enrolments;
    private final PersonClaims claims;
    private final Outbox outbox;
    private final Clock clock;

    EnrolPerson(EnrolmentStore enrolments, PersonClaims claims, Outbox outbox, Clock clock) {
        this.enrolments = enrolments;
        this.claims = claims;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** For a reaction: a cause turned down is remembered, so that a replay turns it down again. */
    public Outcome enrol(NewEnrolment enrolment) {
        return enrol(enrolment, Optional.empty(), null, true);
    }

    /** For a request: a refusal is answered, not remembered, so that the same request may succeed later. */
    Outcome enrol(NewEnrolment enrolment, Optional<String> idempotencyKey, String fingerprint, boolean rememberRefusal) {
        Optional<Enrolment> existing = enrolments.findById(enrolment.enrolmentId());
        if (existing.isPresent()) {
            return new Outcome(existing.get(), null);
        }
        String personId = enrolment.person().personId();
        PersonClaims.Claim claim = claims.claim(personId, enrolment.enrolmentId());
        if (!claim.granted()) {
            if (rememberRefusal && !claim.decidedBefore()) {
                claims.recordSkipped(personId, enrolment.enrolmentId());
                log.info("enrolment {} not created: person {} is enrolled in {}", enrolment.enrolmentId(), personId,
                        claim.holder());
            }
            return new Outcome(null, claim.holder());
        }
        return new Outcome(enrolments.insertOnce(enrolment.active(outbox, clock.instant(), idempotencyKey, fingerprint)),
                null);
    }
}
