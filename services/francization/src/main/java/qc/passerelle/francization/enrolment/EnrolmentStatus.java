package qc.passerelle.francization.enrolment;

/** offered → active → completed or abandoned; an offer can also be declined. */
public enum EnrolmentStatus {
    OFFERED, ACTIVE, COMPLETED, ABANDONED, DECLINED;

    /** Over for good: such an enrolment never holds its person again. */
    public boolean ended() {
        return this == COMPLETED || this == ABANDONED || this == DECLINED;
    }
}
