package qc.passerelle.francization.reaction.admissions;

import org.springframework.stereotype.Component;
import qc.passerelle.contracts.EventEnvelope;
import qc.passerelle.contracts.francization.EnrolmentSource;
import qc.passerelle.contracts.francization.LearningChannel;
import qc.passerelle.contracts.students.AdmissionGranted;
import qc.passerelle.contracts.students.TeachingLanguage;
import qc.passerelle.francization.accesspoint.OnlinePlatform;
import qc.passerelle.francization.enrolment.EnrolmentIds;
import qc.passerelle.francization.enrolment.NewEnrolment;
import qc.passerelle.francization.enrolment.OfferEnrolment;
import qc.passerelle.francization.enrolment.Person;
import qc.passerelle.francization.progress.TargetLevel;

/**
 * A student admitted into a French-language program with a declared level below 7 (the intermediate stage's end) is
 * offered an enrolment on the online platform, to learn before leaving. A student who declared no level is offered
 * one too, from level 1, as recruits are: not knowing the level is no reason to leave them out.
 */
@Component
public class AdmittedStudents {

    static final int ENOUGH_FRENCH = 7;

    private final OfferEnrolment offerEnrolment;

    AdmittedStudents(OfferEnrolment offerEnrolment) {
        this.offerEnrolment = offerEnrolment;
    }

    public void offer(AdmissionGranted admission, EventEnvelope envelope) {
        if (!needsOffer(admission.programLanguage(), admission.declaredFrenchLevel())) {
            return;
        }
        int starting = admission.declaredFrenchLevel() == null ? 1 : admission.declaredFrenchLevel();
        offerEnrolment.offer(new NewEnrolment(EnrolmentIds.causedBy("enr-adm-", admission.applicationId()),
                new Person(admission.prospectId(), admission.givenName(), admission.familyName(),
                        admission.citizenship(), admission.birthYear()),
                EnrolmentSource.STUDENT_ADMISSION, admission.applicationId(), null, admission.institutionId(), null,
                OnlinePlatform.ID, LearningChannel.ONLINE, starting,
                TargetLevel.defaultFor(EnrolmentSource.STUDENT_ADMISSION, starting)));
    }

    static boolean needsOffer(TeachingLanguage language, Integer declaredLevel) {
        return language == TeachingLanguage.FR && (declaredLevel == null || declaredLevel < ENOUGH_FRENCH);
    }
}
