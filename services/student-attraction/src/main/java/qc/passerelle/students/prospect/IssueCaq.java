package qc.passerelle.students.prospect;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import qc.passerelle.contracts.students.CaqIssued;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.security.Caller;
import qc.passerelle.students.validation.Dates;
import qc.passerelle.web.ConflictException;

/**
 * Records the CAQ MIFI issued on the strength of an admission; publishes {@code CaqIssued}.
 *
 * <p>The admission lives on the application, the CAQ on the prospect's file: two documents, and the wire server has
 * no transactions. The check is still part of one write, because a granted admission is final (no command ever
 * revokes or changes it): once read as granted it stays granted, and the only write, the prospect's, is conditional
 * on the version the step was checked against. A crash before that write leaves nothing; after it, everything (state
 * and event together). The admission is copied into the file, so the permit and arrival steps check this one
 * document alone.
 */
@Service
class IssueCaq {

    private final ProspectCommands commands;
    private final Admissions admissions;
    private final Clock clock;

    IssueCaq(ProspectCommands commands, Admissions admissions, Clock clock) {
        this.commands = commands;
        this.admissions = admissions;
        this.clock = clock;
    }

    Prospect issue(String prospectId, StepRequests.Caq request, Caller caller, Optional<String> idempotencyKey) {
        Dates.notInTheFuture("issuedOn", request.issuedOn(), LocalDate.now(clock));
        Dates.after("validUntil", request.validUntil(), request.issuedOn(), "issuedOn");
        return commands.apply(prospectId, caller, idempotencyKey, CommandKeys.fingerprint("caq", request), prospect -> {
            if (prospect.caq() != null) {
                throw new ConflictException("prospect " + prospectId + " already holds a CAQ (file at " + prospect.stage() + ")");
            }
            Admissions.Admission admission = admissions.granted(request.applicationId(), prospectId)
                    .orElseThrow(() -> new ConflictException("applicationId", "a CAQ follows an admission: application "
                            + request.applicationId() + " holds no admission granted to prospect " + prospectId));
            Dates.notBefore("issuedOn", request.issuedOn(), admission.decidedOn(), "the admission");
            Prospect.Caq caq = new Prospect.Caq(admission.applicationId(), admission.programId(),
                    admission.institutionId(), request.issuedOn(), request.validUntil());
            return new ProspectCommands.Change(new Update().set("caq", caq),
                    new CaqIssued(prospectId, admission.applicationId(), request.issuedOn(), request.validUntil()));
        });
    }
}
