package qc.passerelle.francization.reaction.recruiting;

import org.springframework.stereotype.Component;
import qc.passerelle.contracts.EventEnvelope;
import qc.passerelle.contracts.francization.EnrolmentSource;
import qc.passerelle.contracts.francization.LearningChannel;
import qc.passerelle.contracts.recruiting.EmploymentOfferAccepted;
import qc.passerelle.francization.accesspoint.OnlinePlatform;
import qc.passerelle.francization.enrolment.EnrolPerson;
import qc.passerelle.francization.enrolment.EnrolmentIds;
import qc.passerelle.francization.enrolment.NewEnrolment;
import qc.passerelle.francization.enrolment.Person;
import qc.passerelle.francization.progress.TargetLevel;

/**
 * The strategy wants francization of Journées Québec recruits to be permanent: an accepted employment offer enrols
 * the candidate at once on the online platform, at the level they declared (1 when they declared none), unless they
 * already have an active enrolment. The enrolment is the offer's ({@code enr-jq-<offerId>}) and its employer is the
 * offer's, which is how an employer sees its recruits' enrolments.
 */
@Component
public class JourneesQuebecRecruits {

    private final EnrolPerson enrolPerson;

    JourneesQuebecRecruits(EnrolPerson enrolPerson) {
        this.enrolPerson = enrolPerson;
    }

    public void enrol(EmploymentOfferAccepted offer, EventEnvelope envelope) {
        int starting = offer.declaredFrenchLevel() == null ? 1 : offer.declaredFrenchLevel();
        enrolPerson.enrol(new NewEnrolment(EnrolmentIds.causedBy("enr-jq-", offer.offerId()),
                new Person(offer.candidateId(), offer.givenName(), offer.familyName(), offer.citizenship(),
                        offer.birthYear()),
                EnrolmentSource.JOURNEES_QUEBEC, offer.offerId(), offer.employerId(), null, null, OnlinePlatform.ID,
                LearningChannel.ONLINE, starting, TargetLevel.defaultFor(EnrolmentSource.JOURNEES_QUEBEC, starting)));
    }
}
