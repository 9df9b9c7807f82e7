package qc.passerelle.agri.worker;

public enum WorkerStatus {
    PRESENT, TRANSFERRED, ABSENT, DEPARTED
}
