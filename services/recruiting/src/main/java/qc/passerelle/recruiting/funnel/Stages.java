package qc.passerelle.recruiting.funnel;

/** How many went how far: each stage counts those who reached it, so every number is at most the one before. */
public record Stages(long applied, long preselected, long interviewed, long offered, long accepted, long arrived) {

    static final Stages NONE = new Stages(0, 0, 0, 0, 0, 0);

    Stages plus(Stages other) {
        return new Stages(applied + other.applied, preselected + other.preselected, interviewed + other.interviewed,
                offered + other.offered, accepted + other.accepted, arrived + other.arrived);
    }
}
