package qc.passerelle.francization.reaction.agriworkers;

import org.springframework.stereotype.Component;
import qc.passerelle.contracts.EventEnvelope;
import qc.passerelle.contracts.agriworkers.WorkerArrived;
import qc.passerelle.contracts.francization.EnrolmentSource;
import qc.passerelle.contracts.francization.LearningChannel;
import qc.passerelle.francization.accesspoint.AccessPoint;
import qc.passerelle.francization.accesspoint.AccessPoints;
import qc.passerelle.francization.enrolment.EnrolmentIds;
import qc.passerelle.francization.enrolment.NewEnrolment;
import qc.passerelle.francization.enrolment.OfferEnrolment;
import qc.passerelle.francization.enrolment.Person;
import qc.passerelle.francization.housing.KnownHousingUnits;
import qc.passerelle.francization.progress.TargetLevel;

/**
 * Most seasonal farm workers arrive without French: each arrival is offered a class where they work, in the region of
 * their housing unit, for their employer (or MIFI) to accept or decline. When the unit's registration has not reached
 * us yet, or the region has no class yet, the offer waits without a class and one is found when it is accepted.
 */
@Component
public class ArrivedWorkers {

    private final OfferEnrolment offerEnrolment;
    private final KnownHousingUnits housingUnits;
    private final AccessPoints accessPoints;

    ArrivedWorkers(OfferEnrolment offerEnrolment, KnownHousingUnits housingUnits, AccessPoints accessPoints) {
        this.offerEnrolment = offerEnrolment;
        this.housingUnits = housingUnits;
        this.accessPoints = accessPoints;
    }

    public void offer(WorkerArrived arrival, EventEnvelope envelope) {
        String accessPointId = housingUnits.regionOf(arrival.housingUnitId()).flatMap(accessPoints::classIn)
                .map(AccessPoint::id).orElse(null);
        offerEnrolment.offer(new NewEnrolment(EnrolmentIds.causedBy("enr-agri-", arrival.workerId()),
                new Person(arrival.workerId(), arrival.givenName(), arrival.familyName(), arrival.citizenship(),
                        arrival.birthYear()),
                EnrolmentSource.AGRICULTURAL_WORKER, arrival.workerId(), arrival.employerId(), null,
                arrival.housingUnitId(), accessPointId, LearningChannel.IN_QUEBEC_CLASS, 1,
                TargetLevel.defaultFor(EnrolmentSource.AGRICULTURAL_WORKER, 1)));
    }
}
