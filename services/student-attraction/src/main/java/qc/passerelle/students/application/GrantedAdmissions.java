package qc.passerelle.students.application;

import java.util.Optional;
import org.springframework.stereotype.Component;
import qc.passerelle.students.prospect.Admissions;

/** Admissions as the applications hold them, read by _id: what a CAQ rests on. */
@Component
class GrantedAdmissions implements Admissions {

    private final ApplicationRepository applications;

    GrantedAdmissions(ApplicationRepository applications) {
        this.applications = applications;
    }

    @Override
    public Optional<Admission> granted(String applicationId, String prospectId) {
        return applications.findById(applicationId)
                .filter(a -> a.prospectId().equals(prospectId) && a.status() == ApplicationStatus.ADMITTED)
                .map(a -> new Admission(a.id(), a.programId(), a.institutionId(), a.decidedOn()));
    }
}
