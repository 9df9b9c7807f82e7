package qc.passerelle.francization.progress;

import qc.passerelle.web.ConflictException;
import qc.passerelle.web.InvalidFieldException;

/**
 * The Québec scale's rules for one skill: levels go from 1 to 12; an enrolment never records a level below the one
 * it started at; a skill never goes down. A lower level than the one recorded is not bad input but a disagreement
 * with what was recorded before (409); a level off the scale or below the start is bad input (400).
 */
public final class LevelRules {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 12;

    private LevelRules() {
    }

    public static void requireOnScale(String field, int level) {
        if (level < LOWEST || level > HIGHEST) {
            throw new InvalidFieldException(field, "levels of the Québec scale go from " + LOWEST + " to " + HIGHEST
                    + ", was " + level);
        }
    }

    /** Whether {@code attained} moves a skill now at {@code current}, in an enrolment that started at {@code starting}. */
    public static LevelChange record(int starting, int current, int attained) {
        requireOnScale("level", attained);
        if (attained < starting) {
            throw new InvalidFieldException("level", "the enrolment started at level " + starting
                    + "; no level below it is recorded");
        }
        if (attained < current) {
            throw new ConflictException("level", "levels never go down: this skill is at " + current + " already");
        }
        return attained == current ? LevelChange.UNCHANGED : LevelChange.RAISED;
    }
}
