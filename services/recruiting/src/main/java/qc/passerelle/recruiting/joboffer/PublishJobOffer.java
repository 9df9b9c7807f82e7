package qc.passerelle.recruiting.joboffer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import qc.passerelle.contracts.recruiting.JobOfferPublished;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.messaging.outbox.CreateOnce;
import qc.passerelle.messaging.outbox.Outbox;
import qc.passerelle.recruiting.employer.EmployerRepository;
import qc.passerelle.recruiting.support.CommandKeysAtCreation;
import qc.passerelle.recruiting.support.DerivedIds;
import qc.passerelle.web.ConflictException;
import qc.passerelle.web.InvalidFieldException;

/** Publishes a registered employer's job offer with its {@code JobOfferPublished} event, in one write. */
@Service
class PublishJobOffer {

    private final CreateOnce createOnce;
    private final EmployerRepository employers;
    private final Outbox outbox;
    private final Clock clock;

    PublishJobOffer(CreateOnce createOnce, EmployerRepository employers, Outbox outbox, Clock clock) {
        this.createOnce = createOnce;
        this.employers = employers;
        this.outbox = outbox;
        this.clock = clock;
    }

    JobOffer publish(JobOfferRequest request, Optional<String> key) {
        if (request.startDate().isBefore(LocalDate.now(clock))) {
            throw new InvalidFieldException("startDate", "a job offer starts today or later");
        }
        String fingerprint = CommandKeys.fingerprint("publish job offer", request);
        return createOnce.insert(JobOffer.COLLECTION, JobOffer.class, key,
                earlier -> CommandKeysAtCreation.sameRequest(earlier.commandKeys(), fingerprint), () -> {
                    if (employers.findById(request.employerId()).isEmpty()) {
                        throw new ConflictException("employer " + request.employerId() + " is not registered (employerId)");
                    }
                    return newOffer(request, key, fingerprint);
                });
    }

    private JobOffer newOffer(JobOfferRequest request, Optional<String> key, String fingerprint) {
        String id = DerivedIds.fresh("job");
        JobOfferPublished event = new JobOfferPublished(id, request.employerId(), request.title().strip(),
                request.nocCode(), request.positions(), request.region().label(), request.hourlyWageCad(),
                request.startDate());
        return new JobOffer(id, request.employerId(), request.title().strip(), request.nocCode(), request.sector(),
                request.region(), request.positions(), request.minimumFrenchLevel(), request.regulatedProfession(),
                request.hourlyWageCad(), request.startDate(), request.targetCountriesOrNone(), JobOfferStatus.PUBLISHED,
                null, clock.instant(), null, key.orElse(null), CommandKeysAtCreation.of(key, fingerprint), 1,
                outbox.events(event), true);
    }
}
