package qc.passerelle.students.prospect;

/** Where a prospect's file stands, in the only order the steps can happen. */
public enum ProspectStage {
    PROSPECT, CAQ_ISSUED, STUDY_PERMIT_ISSUED, ARRIVED
}
