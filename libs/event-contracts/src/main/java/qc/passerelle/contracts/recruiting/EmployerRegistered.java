package qc.passerelle.contracts.recruiting;

import qc.passerelle.contracts.MobilityEvent;

/** Event recruiting.EmployerRegistered v1; subject = employerId. */
public record EmployerRegistered(
        String employerId,
        String legalName,
        String neq,
        String region,
        String sector) implements MobilityEvent {

    @Override
    public String subject() {
        return employerId;
    }
}
