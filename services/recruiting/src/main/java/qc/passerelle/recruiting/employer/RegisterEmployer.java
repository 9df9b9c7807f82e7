package qc.passerelle.recruiting.employer;

import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import qc.passerelle.contracts.recruiting.EmployerRegistered;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.messaging.outbox.CreateOnce;
import qc.passerelle.messaging.outbox.Outbox;
import qc.passerelle.recruiting.support.CommandKeysAtCreation;
import qc.passerelle.recruiting.support.DerivedIds;
import qc.passerelle.web.ConflictException;

/** Registers an employer and, in the same write, the {@code EmployerRegistered} event the other services learn from. */
@Service
class RegisterEmployer {

    private final CreateOnce createOnce;
    private final EmployerRepository employers;
    private final Outbox outbox;
    private final Clock clock;

    RegisterEmployer(CreateOnce createOnce, EmployerRepository employers, Outbox outbox, Clock clock) {
        this.createOnce = createOnce;
        this.employers = employers;
        this.outbox = outbox;
        this.clock = clock;
    }

    Employer register(EmployerRequest request, Optional<String> key) {
        String fingerprint = CommandKeys.fingerprint("register employer", request);
        try {
            return createOnce.insert(Employer.COLLECTION, Employer.class, key,
                    earlier -> CommandKeysAtCreation.sameRequest(earlier.commandKeys(), fingerprint),
                    () -> newEmployer(request, key, fingerprint));
        } catch (DuplicateKeyException taken) {
            if (request.employerId() != null && employers.findById(request.employerId()).isPresent()) {
                throw new ConflictException("employer id " + request.employerId() + " is already registered (employerId)");
            }
            throw new ConflictException("an employer with NEQ " + request.neq() + " is already registered (neq)");
        }
    }

    private Employer newEmployer(EmployerRequest request, Optional<String> key, String fingerprint) {
        String id = request.employerId() != null ? request.employerId() : DerivedIds.fresh("emp");
        // the catalogue's event has one sector: the employer's main one, the first it named
        EmployerRegistered event = new EmployerRegistered(id, request.legalName().strip(), request.neq(),
                request.region().label(), request.sectors().get(0).label());
        return new Employer(id, request.legalName().strip(), request.neq(), request.region(),
                request.sectors().stream().distinct().toList(), request.contactEmail(), request.contactPhone(),
                request.needsLmia(), clock.instant(), key.orElse(null), CommandKeysAtCreation.of(key, fingerprint), 1,
                outbox.events(event), true);
    }
}
