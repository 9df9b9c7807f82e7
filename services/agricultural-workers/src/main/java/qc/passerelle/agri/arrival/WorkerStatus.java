package qc.passerelle.agri.arrival;

public enum WorkerStatus {
    PRESENT, TRANSFERRED, ABSENT, DEPARTED
}
