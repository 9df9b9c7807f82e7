package qc.passerelle.students.program;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import qc.passerelle.contracts.students.StudyProgramListed;
import qc.passerelle.messaging.outbox.CreateOnce;
import qc.passerelle.messaging.outbox.Outbox;
import qc.passerelle.messaging.store.TimeOrderedIds;
import qc.passerelle.students.institution.InstitutionRepository;
import qc.passerelle.students.validation.IntakeTerms;
import qc.passerelle.web.ConflictException;
import qc.passerelle.web.InvalidFieldException;

/** An institution lists one of its programs; {@code StudyProgramListed} goes out in the same write. */
@Service
class ListProgram {

    private final CreateOnce createOnce;
    private final InstitutionRepository institutions;
    private final Outbox outbox;
    private final Clock clock;

    ListProgram(CreateOnce createOnce, InstitutionRepository institutions, Outbox outbox, Clock clock) {
        this.createOnce = createOnce;
        this.institutions = institutions;
        this.outbox = outbox;
        this.clock = clock;
    }

    Program list(String institutionId, ProgramRequest request, Optional<String> idempotencyKey) {
        List<String> terms = terms(request.intakeTerms());
        return createOnce.insert(Program.COLLECTION, Program.class, idempotencyKey,
                earlier -> earlier.institutionId().equals(institutionId) && earlier.title().equals(request.title())
                        && earlier.level() == request.level() && earlier.intakeTerms().equals(terms),
                () -> newProgram(institutionId, request, terms, idempotencyKey));
    }

    private List<String> terms(List<String> requested) {
        LocalDate today = LocalDate.now(clock);
        for (String term : requested) {
            IntakeTerms.require("intakeTerms", term, today);
        }
        if (new HashSet<>(requested).size() != requested.size()) {
            throw new InvalidFieldException("intakeTerms", "each intake term is listed once");
        }
        return requested.stream().sorted().toList();
    }

    private Program newProgram(String institutionId, ProgramRequest request, List<String> terms,
                               Optional<String> idempotencyKey) {
        if (!institutions.exists(institutionId)) {
            throw new ConflictException("institutionId", "institution " + institutionId
                    + " is not registered yet: MIFI registers institutions before they list programs");
        }
        String id = "prg-" + TimeOrderedIds.next();
        StudyProgramListed event = new StudyProgramListed(id, institutionId, request.title(), request.level(),
                request.language(), request.seats());
        return new Program(id, institutionId, request.title(), request.field(), request.level(), request.language(),
                terms, request.labourShortageAligned(), request.seats(), clock.instant(), idempotencyKey.orElse(null),
                1, outbox.events(event), true);
    }
}
