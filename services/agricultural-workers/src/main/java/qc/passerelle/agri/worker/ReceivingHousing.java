package qc.passerelle.agri.worker;

import org.springframework.stereotype.Component;
import qc.passerelle.agri.employer.KnownEmployers;
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

    private final KnownEmployers employers;
    private final HousingUnitRepository units;

    ReceivingHousing(KnownEmployers employers, HousingUnitRepository units) {
        this.employers = employers;
        this.units = units;
    }

    void check(String employerField, String employerId, String unitField, String unitId) {
        if (!employers.exists(employerId)) {
            throw new ConflictException(employerField, "employer " + employerId
                    + " is not registered: recruiting registers employers, and this service learns of them from it");
        }
        boolean ownUnit = units.findById(unitId).map(unit -> unit.employerId().equals(employerId)).orElse(false);
        if (!ownUnit) {
            throw new InvalidFieldException(unitField, "housing unit " + unitId + " is not a registered unit of employer " + employerId);
        }
    }
}
