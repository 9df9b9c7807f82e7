package qc.passerelle.contracts.francization;

public enum LearningChannel {
    ONLINE,
    ALLIANCE_FRANCAISE,
    IN_QUEBEC_CLASS
}
