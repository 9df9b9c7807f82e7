package qc.passerelle.recruiting.mission;

/**
 * How a mission meets its candidates. The catalogue's {@code MissionFormat} knows IN_PERSON and VIRTUAL only: a hybrid
 * mission is announced as IN_PERSON (it has a venue, its city), its hybrid nature kept here until the contract can
 * carry it.
 */
public enum MissionFormat {
    IN_PERSON, VIRTUAL, HYBRID;

    qc.passerelle.contracts.recruiting.MissionFormat announced() {
        return this == VIRTUAL ? qc.passerelle.contracts.recruiting.MissionFormat.VIRTUAL
                : qc.passerelle.contracts.recruiting.MissionFormat.IN_PERSON;
    }
}
