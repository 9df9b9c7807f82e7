package qc.passerelle.contracts.agriworkers;

public enum WorkerStream {
    SAWP,
    TFWP_AGRICULTURAL
}
