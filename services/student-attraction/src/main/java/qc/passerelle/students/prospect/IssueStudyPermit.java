package qc.passerelle.students.prospect;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import qc.passerelle.contracts.students.StudyPermitIssued;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.security.Caller;
import qc.passerelle.students.validation.Dates;
import qc.passerelle.web.ConflictException;

/** Records the federal study permit of a prospect who holds a CAQ; publishes {@code StudyPermitIssued}. */
@Service
class IssueStudyPermit {

    private final ProspectCommands commands;
    private final Clock clock;

    IssueStudyPermit(ProspectCommands commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    Prospect issue(String prospectId, StepRequests.StudyPermit request, Caller caller, Optional<String> idempotencyKey) {
        Dates.notInTheFuture("issuedOn", request.issuedOn(), LocalDate.now(clock));
        Dates.after("validUntil", request.validUntil(), request.issuedOn(), "issuedOn");
        return commands.apply(prospectId, caller, idempotencyKey, CommandKeys.fingerprint("permit", request), prospect -> {
            if (prospect.caq() == null) {
                throw new ConflictException("a study permit follows the CAQ: prospect " + prospectId + " holds none");
            }
            if (prospect.studyPermit() != null) {
                throw new ConflictException("prospect " + prospectId + " already holds a study permit");
            }
            Dates.notBefore("issuedOn", request.issuedOn(), prospect.caq().issuedOn(), "the CAQ");
            return new ProspectCommands.Change(
                    new Update().set("studyPermit", new Prospect.StudyPermit(request.issuedOn(), request.validUntil())),
                    new StudyPermitIssued(prospectId, prospect.caq().applicationId(), request.issuedOn(), request.validUntil()));
        });
    }
}
