package qc.passerelle.francization.progress;

import qc.passerelle.contracts.francization.EnrolmentSource;
import qc.passerelle.web.InvalidFieldException;

/**
 * The level an enrolment aims at. By default the end of the intermediate stage (7, what Quebec's immigration programs
 * ask of recruits and students), the end of the beginner stage (4) for seasonal farm workers learning where they
 * work; always above the starting level, up to 12.
 */
public final class TargetLevel {

    private TargetLevel() {
    }

    public static int defaultFor(EnrolmentSource source, int startingLevel) {
        LevelRules.requireOnScale("startingLevel", startingLevel);
        int usual = source == EnrolmentSource.AGRICULTURAL_WORKER ? 4 : 7;
        return Math.max(usual, Math.min(LevelRules.HIGHEST, startingLevel + 1));
    }

    /** A target MIFI chose, checked against the start. */
    public static int chosen(int target, int startingLevel) {
        LevelRules.requireOnScale("targetLevel", target);
        if (target < startingLevel) {
            throw new InvalidFieldException("targetLevel", "the target (" + target + ") is below the starting level ("
                    + startingLevel + ")");
        }
        return target;
    }
}
