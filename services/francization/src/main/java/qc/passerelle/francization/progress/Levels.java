package qc.passerelle.francization.progress;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A person's levels, skill by skill. Their overall level is the lowest of the four: the level attained in every skill,
 * which is what {@code FrancizationLevelAttained} announces (the event names no skill) and what completion compares
 * with the target.
 */
public final class Levels {

    private Levels() {
    }

    public static Map<Skill, Integer> startingAt(int level) {
        LevelRules.requireOnScale("startingLevel", level);
        Map<Skill, Integer> levels = new EnumMap<>(Skill.class);
        for (Skill skill : Skill.values()) {
            levels.put(skill, level);
        }
        return levels;
    }

    public static int overall(Map<Skill, Integer> levels) {
        return levels == null || levels.isEmpty() ? LevelRules.LOWEST : Collections.min(levels.values());
    }

    public static Map<Skill, Integer> with(Map<Skill, Integer> levels, Skill skill, int level) {
        Map<Skill, Integer> next = new EnumMap<>(Skill.class);
        next.putAll(levels);
        next.put(skill, level);
        return next;
    }

    /** Reached in every skill. */
    public static boolean reached(Map<Skill, Integer> levels, int target) {
        return levels.size() == Skill.values().length && overall(levels) >= target;
    }
}
