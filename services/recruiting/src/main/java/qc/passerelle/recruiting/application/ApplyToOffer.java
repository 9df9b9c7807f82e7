package qc.passerelle.recruiting.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import qc.passerelle.contracts.recruiting.CandidateApplied;
import qc.passerelle.messaging.outbox.AggregateStore;
import qc.passerelle.messaging.outbox.Outbox;
import qc.passerelle.recruiting.candidate.Candidate;
import qc.passerelle.recruiting.candidate.CandidateRepository;
import qc.passerelle.recruiting.joboffer.JobOffer;
import qc.passerelle.recruiting.joboffer.JobOfferRepository;
import qc.passerelle.recruiting.mission.Mission;
import qc.passerelle.recruiting.mission.MissionRepository;
import qc.passerelle.recruiting.preselection.Candidacy;
import qc.passerelle.recruiting.preselection.MatchingScore;
import qc.passerelle.recruiting.preselection.MatchingScorer;
import qc.passerelle.recruiting.preselection.OfferNeeds;
import qc.passerelle.web.ConflictException;
import qc.passerelle.web.NotFoundException;

/**
 * The public path, built for a burst: every read is by id (the application, the candidate, the mission, the offer),
 * and the application with its score and its {@code CandidateApplied} event is one insert under an id derived from
 * offer and candidate. A repeat, or a twin racing it, finds the first one and answers it; nothing is ever written
 * twice and nothing is written half.
 */
@Service
class ApplyToOffer {

    record Applied(Application application, boolean created) {
    }

    private final ApplicationRepository applications;
    private final CandidateRepository candidates;
    private final MissionRepository missions;
    private final JobOfferRepository jobOffers;
    private final AggregateStore store;
    private final Outbox outbox;
    private final Clock clock;

    ApplyToOffer(ApplicationRepository applications, CandidateRepository candidates, MissionRepository missions,
                 JobOfferRepository jobOffers, AggregateStore store, Outbox outbox, Clock clock) {
        this.applications = applications;
        this.candidates = candidates;
        this.missions = missions;
        this.jobOffers = jobOffers;
        this.store = store;
        this.outbox = outbox;
        this.clock = clock;
    }

    Applied apply(String candidateId, ApplyRequest request) {
        String id = Application.idOf(request.jobOfferId(), candidateId);
        var earlier = applications.findById(id);
        if (earlier.isPresent()) {
            return new Applied(earlier.get(), false);
        }
        Candidate candidate = candidates.findById(candidateId).orElseThrow(() -> new ConflictException(
                "register your profile (POST /api/candidates) before applying"));
        Instant now = clock.instant();
        Mission mission = missions.findById(request.missionId())
                .orElseThrow(() -> new NotFoundException("no mission " + request.missionId()));
        if (!mission.takesApplicationsAt(now)) {
            throw new ConflictException("mission " + mission.id() + " takes applications from "
                    + mission.applicationOpensAt() + " to " + mission.applicationClosesAt());
        }
        if (!mission.offers(request.jobOfferId())) {
            throw new ConflictException("job offer " + request.jobOfferId() + " is not offered at mission " + mission.id());
        }
        JobOffer offer = jobOffers.findById(request.jobOfferId()).filter(JobOffer::published)
                .orElseThrow(() -> new ConflictException("job offer " + request.jobOfferId() + " is closed"));
        // the candidate's own list first: a crash right after leaves an id with no application, never the reverse
        candidates.rememberApplication(candidateId, id);
        Application application = newApplication(id, candidate, mission, offer, now);
        try {
            return new Applied(store.insert(application, Application.COLLECTION), true);
        } catch (DuplicateKeyException twin) {
            return new Applied(applications.findById(id).orElseThrow(() -> twin), false);
        }
    }

    private Application newApplication(String id, Candidate c, Mission mission, JobOffer offer, Instant now) {
        MatchingScore score = MatchingScorer.score(
                new Candidacy(c.nocCode(), c.declaredFrenchLevel(), c.yearsOfExperience(), c.citizenship(),
                        c.countryOfResidence()),
                new OfferNeeds(offer.nocCode(), offer.minimumFrenchLevel(), offer.targetCountries(),
                        offer.regulatedProfession()));
        Application.CandidateSnapshot snapshot = new Application.CandidateSnapshot(c.givenName(), c.familyName(),
                c.citizenship(), c.countryOfResidence(), c.birthYear(), c.profession(), c.nocCode(),
                c.yearsOfExperience(), c.declaredFrenchLevel(), c.otherLanguages());
        CandidateApplied event = new CandidateApplied(id, c.id(), offer.id(), mission.id(), c.givenName(),
                c.familyName(), c.citizenship(), c.birthYear());
        return new Application(id, c.id(), offer.id(), mission.id(), offer.employerId(), snapshot, score, false, null,
                null, List.of(), false, now, List.of(), 1, outbox.events(event), true);
    }
}
