package qc.passerelle.recruiting.offer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import qc.passerelle.contracts.recruiting.EmploymentOfferExtended;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.messaging.outbox.CreateOnce;
import qc.passerelle.messaging.outbox.Outbox;
import qc.passerelle.recruiting.application.Application;
import qc.passerelle.recruiting.application.ApplicationScope;
import qc.passerelle.recruiting.employer.Employer;
import qc.passerelle.recruiting.employer.EmployerRepository;
import qc.passerelle.recruiting.joboffer.JobOffer;
import qc.passerelle.recruiting.joboffer.JobOfferRepository;
import qc.passerelle.recruiting.support.AggregateChanges;
import qc.passerelle.recruiting.support.CommandKeysAtCreation;
import qc.passerelle.security.Caller;
import qc.passerelle.web.ConflictException;
import qc.passerelle.web.InvalidFieldException;
import qc.passerelle.web.NotFoundException;

/**
 * Extends an employment offer to an interviewed applicant, with its {@code EmploymentOfferExtended} event, in one
 * insert under an id derived from the application: the same offer sent again is the same answer, another one is 409.
 */
@Service
class ExtendEmploymentOffer {

    record Extended(EmploymentOffer offer, boolean created) {
    }

    private final AggregateChanges changes;
    private final JobOfferRepository jobOffers;
    private final EmployerRepository employers;
    private final EmploymentOfferRepository offers;
    private final CreateOnce createOnce;
    private final Outbox outbox;
    private final Clock clock;

    ExtendEmploymentOffer(AggregateChanges changes, JobOfferRepository jobOffers, EmployerRepository employers,
                          EmploymentOfferRepository offers, CreateOnce createOnce, Outbox outbox, Clock clock) {
        this.changes = changes;
        this.jobOffers = jobOffers;
        this.employers = employers;
        this.offers = offers;
        this.createOnce = createOnce;
        this.outbox = outbox;
        this.clock = clock;
    }

    Extended extend(String applicationId, ExtendRequest request, Caller caller, Optional<String> key) {
        LocalDate today = LocalDate.now(clock);
        if (request.startDate().isBefore(today)) {
            throw new InvalidFieldException("startDate", "a job starts today or later");
        }
        if (request.respondBy().isBefore(today) || request.respondBy().isAfter(request.startDate())) {
            throw new InvalidFieldException("respondBy", "the answer is due between today and the start date");
        }
        Application application = changes.find(Application.COLLECTION, Application.class, applicationId,
                ApplicationScope.POLICY.require(caller)).orElseThrow(() -> new NotFoundException("no application " + applicationId));
        String id = EmploymentOffer.idFor(applicationId);
        String fingerprint = CommandKeys.fingerprint("extend employment offer", applicationId + request);
        Optional<EmploymentOffer> earlier = offers.findById(id);
        if (earlier.isPresent()) {
            return repeat(earlier.get(), fingerprint);
        }
        if (!application.interviewed()) {
            throw new ConflictException("application " + applicationId + " has no interview yet: schedule one first");
        }
        JobOffer job = jobOffers.findById(application.jobOfferId()).filter(JobOffer::published)
                .orElseThrow(() -> new ConflictException("job offer " + application.jobOfferId() + " is closed"));
        Employer employer = employers.findById(job.employerId())
                .orElseThrow(() -> new ConflictException("employer " + job.employerId() + " is not registered"));
        try {
            return new Extended(createOnce.insert(EmploymentOffer.COLLECTION, EmploymentOffer.class, key,
                    o -> fingerprint.equals(o.requestFingerprint()),
                    () -> newOffer(id, application, employer, request, key, fingerprint)), true);
        } catch (DuplicateKeyException twin) {
            return repeat(offers.findById(id).orElseThrow(() -> twin), fingerprint);
        }
    }

    private static Extended repeat(EmploymentOffer earlier, String fingerprint) {
        if (!fingerprint.equals(earlier.requestFingerprint())) {
            throw new ConflictException("an employment offer (" + earlier.id() + ") was already extended on application "
                    + earlier.applicationId());
        }
        return new Extended(earlier, false);
    }

    private EmploymentOffer newOffer(String id, Application a, Employer employer, ExtendRequest request,
                                     Optional<String> key, String fingerprint) {
        Application.CandidateSnapshot c = a.candidate();
        EmploymentOfferExtended event = new EmploymentOfferExtended(id, a.id(), a.candidateId(), a.employerId(),
                a.jobOfferId(), request.startDate());
        return new EmploymentOffer(id, a.id(), a.candidateId(), a.employerId(), a.jobOfferId(), a.missionId(),
                c.givenName(), c.familyName(), c.citizenship(), c.birthYear(), c.declaredFrenchLevel(),
                employer.needsLmia(), request.startDate(), request.respondBy(), EmploymentOfferStatus.EXTENDED,
                clock.instant(), null, fingerprint, key.orElse(null), CommandKeysAtCreation.of(key, fingerprint), 1,
                outbox.events(event), true);
    }
}
