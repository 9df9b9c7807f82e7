package qc.passerelle.contracts.recruiting;

public enum MissionFormat {
    IN_PERSON,
    VIRTUAL
}
