package qc.passerelle.agri.housing;

import java.util.List;
import qc.passerelle.agri.inspection.HousingFacts;

/** A unit as its employer, an inspector or MIFI see it: capacity approved, promised to labour requests, still free. */
public record HousingUnitResponse(String housingUnitId, String employerId, String address, QuebecRegion region,
                                  HousingFacts declared, HousingUnit.LatestInspection latestInspection,
                                  List<String> correctedDeficiencies, List<String> assignedInspectors,
                                  int approvedCapacity, int reservedPositions, int freeCapacity, long version) {

    public static HousingUnitResponse of(HousingUnit u) {
        int free = u.freeCapacity();
        int approved = u.approvedCapacity();
        return new HousingUnitResponse(u.id(), u.employerId(), u.address(), u.region(), u.declared(),
                u.latestInspection(), u.correctedDeficiencies(), u.assignedInspectors(), approved,
                u.reservations() == null ? 0 : u.reservations().stream().mapToInt(HousingUnit.Reservation::positions).sum(),
                free, u.version());
    }
}
