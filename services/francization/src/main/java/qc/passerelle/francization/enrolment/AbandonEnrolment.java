package qc.passerelle.francization.enrolment;

import java.util.Optional;
import java.util.Set;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import qc.passerelle.contracts.francization.FrancizationAbandoned;
import qc.passerelle.francization.progress.Levels;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.security.Caller;

/** An active enrolment abandoned, with the reason and the level reached; the person is free to enrol again. */
@Service
class AbandonEnrolment {

    private final EnrolmentCommands commands;
    private final PersonClaims claims;

    AbandonEnrolment(EnrolmentCommands commands, PersonClaims claims) {
        this.commands = commands;
        this.claims = claims;
    }

    Enrolment abandon(String enrolmentId, EnrolmentRequests.Abandonment request, Caller caller,
                      Optional<String> idempotencyKey) {
        Enrolment abandoned = commands.apply(enrolmentId, caller, idempotencyKey,
                CommandKeys.fingerprint("abandonment", request), Set.of(EnrolmentStatus.ACTIVE), active ->
                        EnrolmentCommands.Change.of(new Update().set("status", EnrolmentStatus.ABANDONED)
                                        .set("abandonReason", request.reason()),
                                new FrancizationAbandoned(active.id(), active.personId(), request.reason(),
                                        Levels.overall(active.levels()))));
        claims.release(abandoned.personId(), abandoned.id());
        return abandoned;
    }
}
