package qc.passerelle.recruiting.employer;

import java.time.Instant;
import java.util.List;
import qc.passerelle.recruiting.reference.QuebecRegion;
import qc.passerelle.recruiting.reference.Sector;

public record EmployerResponse(String employerId, String legalName, String neq, QuebecRegion region,
                               List<Sector> sectors, String contactEmail, String contactPhone, boolean needsLmia,
                               Instant registeredAt) {

    public static EmployerResponse of(Employer e) {
        return new EmployerResponse(e.id(), e.legalName(), e.neq(), e.region(), e.sectors(), e.contactEmail(),
                e.contactPhone(), e.needsLmia(), e.registeredAt());
    }
}
