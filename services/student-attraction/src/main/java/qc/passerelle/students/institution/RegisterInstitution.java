package qc.passerelle.students.institution;

import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import qc.passerelle.contracts.students.InstitutionRegistered;
import qc.passerelle.messaging.outbox.CreateOnce;
import qc.passerelle.messaging.outbox.Outbox;
import qc.passerelle.web.ConflictException;

/** Registers an institution under its code and, in the same write, its {@code InstitutionRegistered} event. */
@Service
class RegisterInstitution {

    private final CreateOnce createOnce;
    private final InstitutionRepository institutions;
    private final Outbox outbox;
    private final Clock clock;

    RegisterInstitution(CreateOnce createOnce, InstitutionRepository institutions, Outbox outbox, Clock clock) {
        this.createOnce = createOnce;
        this.institutions = institutions;
        this.outbox = outbox;
        this.clock = clock;
    }

    Institution register(InstitutionRequest request, Optional<String> idempotencyKey) {
        try {
            return createOnce.insert(Institution.COLLECTION, Institution.class, idempotencyKey,
                    earlier -> same(earlier, request), () -> newInstitution(request, idempotencyKey));
        } catch (DuplicateKeyException taken) {
            // the code is the natural key: the same registration again is answered as done, another one is refused
            return institutions.findById(request.institutionId()).filter(earlier -> same(earlier, request))
                    .orElseThrow(() -> new ConflictException("institutionId",
                            "institution " + request.institutionId() + " is already registered with other details"));
        }
    }

    private static boolean same(Institution earlier, InstitutionRequest request) {
        return earlier.id().equals(request.institutionId()) && earlier.name().equals(request.name())
                && earlier.type() == request.type() && earlier.region() == request.region();
    }

    private Institution newInstitution(InstitutionRequest request, Optional<String> idempotencyKey) {
        InstitutionRegistered event = new InstitutionRegistered(request.institutionId(), request.name(), request.type(),
                request.region().name());
        return new Institution(request.institutionId(), request.name(), request.type(), request.region(),
                clock.instant(), idempotencyKey.orElse(null), 1, outbox.events(event), true);
    }
}
