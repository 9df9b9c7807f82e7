package qc.passerelle.francization.enrolment;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import qc.passerelle.contracts.francization.EnrolmentSource;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.security.Caller;

/** An offer declined is over; nothing was announced about it, so nothing is published. */
@Service
class DeclineOffer {

    private final EnrolmentCommands commands;
    private final PersonClaims claims;
    private final Clock clock;

    DeclineOffer(EnrolmentCommands commands, PersonClaims claims, Clock clock) {
        this.commands = commands;
        this.claims = claims;
        this.clock = clock;
    }

    Enrolment decline(String enrolmentId, EnrolmentRequests.Decline request, Caller caller,
                      Optional<String> idempotencyKey) {
        Enrolment declined = commands.apply(enrolmentId, caller, idempotencyKey,
                CommandKeys.fingerprint("decline", request), Set.of(EnrolmentStatus.OFFERED), offer -> {
                    if (!caller.isMifi() && offer.source() != EnrolmentSource.AGRICULTURAL_WORKER) {
                        throw new AccessDeniedException("an employer answers the classes offered to its agricultural workers only");
                    }
                    return EnrolmentCommands.Change.of(new Update().set("status", EnrolmentStatus.DECLINED)
                            .set("declinedAt", clock.instant()).set("declineNote", request.note()));
                });
        // an acceptance that failed half-way may have left a claim
        claims.release(declined.personId(), declined.id());
        return declined;
    }
}
