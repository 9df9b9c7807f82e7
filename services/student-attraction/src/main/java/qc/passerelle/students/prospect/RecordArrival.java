package qc.passerelle.students.prospect;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import qc.passerelle.contracts.students.StudentArrived;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.security.Caller;
import qc.passerelle.students.validation.Dates;
import qc.passerelle.web.ConflictException;

/** Records that a student holding a CAQ and a study permit has arrived; publishes {@code StudentArrived}. */
@Service
class RecordArrival {

    private final ProspectCommands commands;
    private final Clock clock;

    RecordArrival(ProspectCommands commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    Prospect record(String prospectId, StepRequests.Arrival request, Caller caller, Optional<String> idempotencyKey) {
        Dates.notInTheFuture("arrivedOn", request.arrivedOn(), LocalDate.now(clock));
        return commands.apply(prospectId, caller, idempotencyKey, CommandKeys.fingerprint("arrival", request), prospect -> {
            if (prospect.caq() == null || prospect.studyPermit() == null) {
                throw new ConflictException("an arrival follows the CAQ and the study permit: prospect " + prospectId
                        + " is at " + prospect.stage());
            }
            if (prospect.arrivedOn() != null) {
                throw new ConflictException("prospect " + prospectId + " already arrived on " + prospect.arrivedOn());
            }
            if (!caller.isMifi() && !prospect.caq().institutionId().equals(caller.institutionId())) {
                throw new AccessDeniedException("an institution records the arrival of the students it admitted");
            }
            Dates.notBefore("arrivedOn", request.arrivedOn(), prospect.studyPermit().issuedOn(), "the study permit");
            return new ProspectCommands.Change(new Update().set("arrivedOn", request.arrivedOn()),
                    new StudentArrived(prospectId, prospect.caq().institutionId(), prospect.caq().programId(),
                            prospect.citizenship(), request.arrivedOn()));
        });
    }
}
