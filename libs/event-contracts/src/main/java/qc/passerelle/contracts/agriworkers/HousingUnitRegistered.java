package qc.passerelle.contracts.agriworkers;

import qc.passerelle.contracts.MobilityEvent;

/** Event agri-workers.HousingUnitRegistered v1; subject = housingUnitId. */
public record HousingUnitRegistered(
        String housingUnitId,
        String employerId,
        String address,
        String region,
        int roomCount,
        int bedCount) implements MobilityEvent {

    @Override
    public String subject() {
        return housingUnitId;
    }
}
