package qc.passerelle.francization.enrolment;

import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * Offers an enrolment (admitted students, arriving workers), to be accepted or declined later. An offer does not
 * claim its person: whether they already have an active enrolment is settled when the offer is accepted, so that an
 * offer depends on its cause alone and a replay makes the same one.
 */
@Service
public class OfferEnrolment {

    private final EnrolmentStore enrolments;
    private final PersonClaims claims;
    private final Clock clock;

    OfferEnrolment(EnrolmentStore enrolments, PersonClaims claims, Clock clock) {
        this.enrolments = enrolments;
        this.claims = claims;
        this.clock = clock;
    }

    public Enrolment offer(NewEnrolment enrolment) {
        var existing = enrolments.findById(enrolment.enrolmentId());
        if (existing.isPresent()) {
            return existing.get();
        }
        // listed first: a crash before the insert leaves a name that the per-person query skips, never a lost offer
        claims.list(enrolment.person().personId(), enrolment.enrolmentId());
        return enrolments.insertOnce(enrolment.offered(clock.instant()));
    }
}
