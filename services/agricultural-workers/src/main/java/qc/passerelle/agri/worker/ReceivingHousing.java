package qc.passerelle.agri.worker;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import qc.passerelle.agri.employer.KnownEmployers;
import qc.passerelle.agri.housing.HousingUnit;
import qc.passerelle.agri.housing.HousingUnitRepository;
import qc.passerelle.web.ConflictException;
import qc.passerelle.web.InvalidFieldException;

/**
 * Where a worker arrives or is transferred to: an employer this service has learned of from recruiting, and one
 * of that employer's own housing units. A unit whose latest inspection failed is accepted (the worker is there);
 * the common view raises the alert.
 */
@Component
class ReceivingHousing {

    /** Far above a season's units (about 3,000); past it, the others are read from the store. */
    private static final int KNOWN_AT_MOST = 100_000;

    private final KnownEmployers employers;
    private final HousingUnitRepository units;
    /** A unit's employer, remembered: a unit is registered once, under an id of its own, and never changes hands. */
    private final Map<String, String> employerOfUnit = new ConcurrentHashMap<>();

    ReceivingHousing(KnownEmployers employers, HousingUnitRepository units) {
        this.employers = employers;
        this.units = units;
    }

    void check(String employerField, String employerId, String unitField, String unitId) {
        if (!employers.exists(employerId)) {
            throw new ConflictException(employerField, "employer " + employerId
                    + " is not registered: recruiting registers employers, and this service learns of them from it");
        }
        boolean ownUnit = employerOf(unitId).map(employerId::equals).orElse(false);
        if (!ownUnit) {
            throw new InvalidFieldException(unitField, "housing unit " + unitId + " is not a registered unit of employer " + employerId);
        }
    }

    private Optional<String> employerOf(String unitId) {
        String known = employerOfUnit.get(unitId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> employer = units.findById(unitId).map(HousingUnit::employerId);
        if (employer.isPresent() && employerOfUnit.size() < KNOWN_AT_MOST) {
            employerOfUnit.put(unitId, employer.get());
        }
        return employer;
    }
}
