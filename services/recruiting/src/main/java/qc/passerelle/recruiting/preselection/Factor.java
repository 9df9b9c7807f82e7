package qc.passerelle.recruiting.preselection;

/**
 * What the matching score weighs, and at most how much. A regulated profession weighs nothing: it flags the
 * recognition steps ahead, it never excludes anyone.
 */
public enum Factor {
    OCCUPATION(40), FRENCH(25), EXPERIENCE(20), TARGET_COUNTRY(15), REGULATED_PROFESSION(0);

    private final int maxPoints;

    Factor(int maxPoints) {
        this.maxPoints = maxPoints;
    }

    public int maxPoints() {
        return maxPoints;
    }
}
