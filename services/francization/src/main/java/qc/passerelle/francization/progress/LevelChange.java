package qc.passerelle.francization.progress;

/** What recording an assessed level does to a skill. */
public enum LevelChange {
    /** The skill is now at a higher level. */
    RAISED,
    /** The same level again: nothing to record, nothing to publish. */
    UNCHANGED
}
