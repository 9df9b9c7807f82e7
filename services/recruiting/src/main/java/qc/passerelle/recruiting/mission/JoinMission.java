package qc.passerelle.recruiting.mission;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import qc.passerelle.contracts.recruiting.EmployerJoinedMission;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.recruiting.joboffer.JobOffer;
import qc.passerelle.recruiting.joboffer.JobOfferRepository;
import qc.passerelle.recruiting.support.AggregateChanges;
import qc.passerelle.security.Caller;
import qc.passerelle.web.ConflictException;

/**
 * An employer joins a mission with some of its published offers. Joining again with more offers announces the new
 * ones only; joining again with nothing new changes nothing and publishes nothing.
 */
@Service
class JoinMission {

    private final AggregateChanges changes;
    private final JobOfferRepository jobOffers;
    private final Clock clock;

    JoinMission(AggregateChanges changes, JobOfferRepository jobOffers, Clock clock) {
        this.changes = changes;
        this.jobOffers = jobOffers;
        this.clock = clock;
    }

    Mission join(String missionId, JoinRequest request, Caller caller, Optional<String> key) {
        List<String> wanted = request.jobOfferIds().stream().distinct().toList();
        Map<String, JobOffer> found = jobOffers.findAllById(wanted).stream()
                .collect(Collectors.toMap(JobOffer::id, Function.identity()));
        for (String id : wanted) {
            JobOffer offer = found.get(id);
            if (offer == null || !offer.employerId().equals(request.employerId())) {
                throw new ConflictException("job offer " + id + " is not an offer of employer " + request.employerId());
            }
            if (!offer.published()) {
                throw new ConflictException("job offer " + id + " is closed: only published offers join a mission");
            }
        }
        return changes.apply(Mission.COLLECTION, Mission.class, "mission", missionId, MissionScope.POLICY.require(caller),
                key, CommandKeys.fingerprint("join mission", request), mission -> {
                    if (!clock.instant().isBefore(mission.applicationClosesAt())) {
                        throw new ConflictException("applications to mission " + missionId + " are closed: it can no longer be joined");
                    }
                    List<String> added = wanted.stream().filter(id -> !mission.offers(id)).toList();
                    if (added.isEmpty()) {
                        return AggregateChanges.Change.none();
                    }
                    Update update = new Update()
                            .push("participations", new Mission.Participation(request.employerId(), added, clock.instant()))
                            .addToSet("jobOfferIds").each(added.toArray());
                    return AggregateChanges.Change.of(update, where("applicationClosesAt").gt(clock.instant()),
                            new EmployerJoinedMission(missionId, request.employerId(), added));
                });
    }
}
