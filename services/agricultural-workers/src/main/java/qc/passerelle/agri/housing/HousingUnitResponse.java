package qc.passerelle.agri.housing;

import java.util.List;
import qc.passerelle.agri.inspection.HousingFacts;

public record HousingUnitResponse(String housingUnitId, String employerId, String address, QuebecRegion region,
                                  HousingFacts declared, HousingUnit.LatestInspection latestInspection,
                                  List<String> correctedDeficiencies, List<String> assignedInspectors) {

    public static HousingUnitResponse of(HousingUnit u) {
        return new HousingUnitResponse(u.id(), u.employerId(), u.address(), u.region(), u.declared(),
                u.latestInspection(), u.correctedDeficiencies(), u.assignedInspectors());
    }
}
