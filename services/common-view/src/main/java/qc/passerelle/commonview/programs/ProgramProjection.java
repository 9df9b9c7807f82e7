package qc.passerelle.commonview.programs;

import static qc.passerelle.commonview.agri.AgriReadModels.EMPLOYERS;
import static qc.passerelle.commonview.programs.ProgramReadModels.ENROLMENTS;
import static qc.passerelle.commonview.programs.ProgramReadModels.FIGURES;
import static qc.passerelle.commonview.programs.ProgramReadModels.INDEX;
import static qc.passerelle.commonview.programs.ProgramReadModels.JOB_OFFERS;
import static qc.passerelle.commonview.programs.ProgramReadModels.PERSONS;

import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import qc.passerelle.commonview.readmodel.Keys;
import qc.passerelle.commonview.readmodel.ViewStore;
import qc.passerelle.commonview.readmodel.ViewWrites;
import qc.passerelle.contracts.MobilityEvent;
import qc.passerelle.contracts.francization.FrancizationAbandoned;
import qc.passerelle.contracts.francization.FrancizationCompleted;
import qc.passerelle.contracts.francization.FrancizationEnrolled;
import qc.passerelle.contracts.francization.FrancizationLevelAttained;
import qc.passerelle.contracts.francization.ScholarshipAwarded;
import qc.passerelle.contracts.recruiting.CandidateApplied;
import qc.passerelle.contracts.recruiting.EmployerJoinedMission;
import qc.passerelle.contracts.recruiting.EmploymentOfferAccepted;
import qc.passerelle.contracts.recruiting.EmploymentOfferDeclined;
import qc.passerelle.contracts.recruiting.EmploymentOfferExtended;
import qc.passerelle.contracts.recruiting.ImmigrationStepCompleted;
import qc.passerelle.contracts.recruiting.InterviewScheduled;
import qc.passerelle.contracts.recruiting.JobOfferClosed;
import qc.passerelle.contracts.recruiting.JobOfferPublished;
import qc.passerelle.contracts.recruiting.RecruitArrived;
import qc.passerelle.contracts.recruiting.RecruitmentMissionScheduled;
import qc.passerelle.contracts.students.AdmissionGranted;
import qc.passerelle.contracts.students.AdmissionRefused;
import qc.passerelle.contracts.students.CaqIssued;
import qc.passerelle.contracts.students.PromotionEventScheduled;
import qc.passerelle.contracts.students.StudentArrived;
import qc.passerelle.contracts.students.StudentProspectRegistered;
import qc.passerelle.contracts.students.StudyApplicationSubmitted;
import qc.passerelle.messaging.consumer.BatchProjection;
import qc.passerelle.messaging.consumer.Delivered;

/**
 * Projects {@code mobility.recruiting.v1}, {@code mobility.students.v1} and {@code mobility.francization.v1}, a batch
 * at a time in one bulk write per collection, every write by {@code _id}: each person's steps (the timeline), each
 * job offer's applications and offers (an employer's view), each enrolment's levels, and MIFI's per-scope figures
 * (a mission's funnel, a francization source, a country's and a promotion event's students).
 */
@Component
@Order(30)
class ProgramProjection implements BatchProjection {

    private final ViewStore store;

    ProgramProjection(ViewStore store) {
        this.store = store;
    }

    @Override
    public Set<Class<? extends MobilityEvent>> eventTypes() {
        return Set.of(RecruitmentMissionScheduled.class, EmployerJoinedMission.class, JobOfferPublished.class,
                JobOfferClosed.class, CandidateApplied.class, InterviewScheduled.class, EmploymentOfferExtended.class,
                EmploymentOfferAccepted.class, EmploymentOfferDeclined.class, ImmigrationStepCompleted.class,
                RecruitArrived.class, PromotionEventScheduled.class, StudentProspectRegistered.class,
                StudyApplicationSubmitted.class, AdmissionGranted.class, AdmissionRefused.class, CaqIssued.class,
                StudentArrived.class, FrancizationEnrolled.class, FrancizationLevelAttained.class,
                FrancizationCompleted.class, FrancizationAbandoned.class, ScholarshipAwarded.class);
    }

    @Override
    public void apply(List<Delivered<?>> events) {
        ViewWrites writes = new ViewWrites(store.target());
        for (Delivered<?> delivered : events) {
            write(delivered, writes);
        }
        writes.execute();
    }

    private static void write(Delivered<?> d, ViewWrites w) {
        switch (d.event()) {
            case RecruitmentMissionScheduled e -> figure(w, "mission:" + e.missionId(), new Update().set("name", e.name())
                    .set("country", e.country()).set("startDate", e.startDate().toString()));
            case EmployerJoinedMission e -> figure(w, "mission:" + e.missionId(),
                    new Update().set("employers." + Keys.field(e.employerId()), true));
            case JobOfferPublished e -> {
                w.upsert(JOB_OFFERS, e.jobOfferId(), new Update().set("employerId", e.employerId()).set("title", e.title()));
                String offer = "offers." + Keys.field(e.jobOfferId());
                w.upsert(EMPLOYERS, e.employerId(), new Update().set(offer + ".jobOfferId", e.jobOfferId())
                        .set(offer + ".title", e.title()).set(offer + ".positions", e.positions())
                        .set(offer + ".region", e.region()).set(offer + ".startDate", e.startDate().toString()));
            }
            case JobOfferClosed e -> {
                w.upsert(JOB_OFFERS, e.jobOfferId(), new Update().set("employerId", e.employerId())
                        .set("closed", e.reason().name()));
                w.upsert(EMPLOYERS, e.employerId(), new Update().set("offers." + Keys.field(e.jobOfferId()) + ".jobOfferId",
                        e.jobOfferId()).set("offers." + Keys.field(e.jobOfferId()) + ".closed", e.reason().name()));
            }
            case CandidateApplied e -> {
                person(w, d, e.candidateId(), "recruiting", null, e.givenName(), e.familyName(), e.citizenship());
                w.upsert(JOB_OFFERS, e.jobOfferId(), new Update().set("applications." + Keys.field(e.applicationId()),
                        new Document("candidateId", e.candidateId()).append("citizenship", e.citizenship())));
                if (e.missionId() != null) {
                    figure(w, "mission:" + e.missionId(), new Update().set("applications." + Keys.field(e.applicationId()), true));
                }
            }
            case InterviewScheduled e -> person(w, d, e.candidateId(), "recruiting", e.employerId(), null, null, null);
            case EmploymentOfferExtended e -> {
                person(w, d, e.candidateId(), "recruiting", e.employerId(), null, null, null);
                w.upsert(JOB_OFFERS, e.jobOfferId(), new Update().set("employerId", e.employerId())
                        .set("extended." + Keys.field(e.offerId()), e.candidateId()));
            }
            case EmploymentOfferAccepted e -> {
                person(w, d, e.candidateId(), "recruiting", e.employerId(), e.givenName(), e.familyName(), e.citizenship());
                w.upsert(JOB_OFFERS, e.jobOfferId(), new Update().set("employerId", e.employerId())
                        .set("accepted." + Keys.field(e.offerId()), e.candidateId()));
                if (e.missionId() != null) {
                    figure(w, "mission:" + e.missionId(), new Update().set("accepted." + Keys.field(e.offerId()), true));
                }
            }
            case EmploymentOfferDeclined e -> {
                person(w, d, e.candidateId(), "recruiting", e.employerId(), null, null, null);
                w.upsert(JOB_OFFERS, e.jobOfferId(), new Update().set("employerId", e.employerId())
                        .set("declined." + Keys.field(e.offerId()), e.candidateId()));
            }
            case ImmigrationStepCompleted e -> person(w, d, e.candidateId(), "recruiting", null, null, null, null);
            case RecruitArrived e -> person(w, d, e.candidateId(), "recruiting", e.employerId(), null, null, e.citizenship());
            case PromotionEventScheduled e -> figure(w, "promotion:" + e.promotionEventId(), new Update()
                    .set("name", e.name()).set("country", e.country()).set("date", e.date().toString()));
            case StudentProspectRegistered e -> {
                person(w, d, e.prospectId(), "students", null, e.givenName(), e.familyName(), e.citizenship());
                figure(w, "students:" + e.citizenship(), new Update().set("prospects." + Keys.field(e.prospectId()), true));
                if (e.promotionEventId() != null) {
                    figure(w, "promotion:" + e.promotionEventId(),
                            new Update().set("prospects." + Keys.field(e.prospectId()), true));
                }
            }
            case StudyApplicationSubmitted e -> person(w, d, e.prospectId(), "students", null, null, null, null);
            case AdmissionGranted e -> {
                person(w, d, e.prospectId(), "students", null, e.givenName(), e.familyName(), e.citizenship());
                figure(w, "students:" + e.citizenship(), new Update().set("admitted." + Keys.field(e.applicationId()), true));
            }
            case AdmissionRefused e -> person(w, d, e.prospectId(), "students", null, null, null, null);
            case CaqIssued e -> person(w, d, e.prospectId(), "students", null, null, null, null);
            case StudentArrived e -> {
                person(w, d, e.prospectId(), "students", null, null, null, e.citizenship());
                figure(w, "students:" + e.citizenship(), new Update().set("arrived." + Keys.field(e.prospectId()), true));
            }
            case FrancizationEnrolled e -> {
                person(w, d, e.personId(), "francization", null, e.givenName(), e.familyName(), e.citizenship());
                w.upsert(ENROLMENTS, e.enrolmentId(), new Update().set("personId", e.personId())
                        .set("source", e.source().name()).set("channel", e.channel().name())
                        .set("startingLevel", e.startingLevel()).max("level", e.startingLevel()));
                figure(w, "francization:" + e.source().name(),
                        new Update().set("enrolments." + Keys.field(e.enrolmentId()), true));
            }
            case FrancizationLevelAttained e -> {
                person(w, d, e.personId(), "francization", null, null, null, null);
                w.upsert(ENROLMENTS, e.enrolmentId(), new Update().max("level", e.level()));
            }
            case FrancizationCompleted e -> {
                person(w, d, e.personId(), "francization", null, null, null, null);
                w.upsert(ENROLMENTS, e.enrolmentId(), new Update().max("level", e.finalLevel()).set("completed", true));
            }
            case FrancizationAbandoned e -> {
                person(w, d, e.personId(), "francization", null, null, null, null);
                w.upsert(ENROLMENTS, e.enrolmentId(), new Update().set("abandoned", true));
            }
            case ScholarshipAwarded e -> person(w, d, e.personId(), "francization", null, null, null, null);
            default -> throw new IllegalArgumentException("not a programs event: " + d.event());
        }
    }

    /** One step of a person's timeline (a set member: the same event twice is one step) and the facts it names. */
    private static void person(ViewWrites w, Delivered<?> d, String personId, String context, String employerId,
                               String givenName, String familyName, String citizenship) {
        Update update = new Update().addToSet("steps", new Document("eventId", d.envelope().id())
                .append("type", d.envelope().eventType().name()).append("context", context)
                .append("time", Date.from(d.envelope().time())).append("sequence", d.sequence())
                .append("employerId", employerId));
        if (givenName != null) {
            update.set("givenName", givenName).set("familyName", familyName);
        }
        if (citizenship != null) {
            update.set("citizenship", citizenship);
        }
        if (employerId != null) {
            update.addToSet("employers", employerId);
        }
        w.upsert(PERSONS, personId, update);
    }

    /** A per-scope figures document, and its name in the index that MIFI's overview reads first. */
    private static void figure(ViewWrites w, String scope, Update update) {
        w.upsert(FIGURES, scope, update);
        w.upsert(FIGURES, INDEX, new Update().set("scopes." + Keys.field(scope), true));
    }
}
