package qc.passerelle.francization.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import qc.passerelle.contracts.francization.EnrolmentSource;
import qc.passerelle.web.InvalidFieldException;
import org.assertj.core.api.Assertions;

/** The overall level is the one attained in every skill; completion and targets at their bounds. */
class LevelsTest {

    @Test
    void theOverallLevelIsTheLowestSkillAndCompletionNeedsTheTargetInEverySkill() {
        Map<Skill, Integer> levels = Levels.with(Levels.with(Levels.startingAt(3), Skill.ORAL_COMPREHENSION, 7),
                Skill.ORAL_PRODUCTION, 5);

        assertThat(Levels.overall(levels)).isEqualTo(3);
        assertThat(Levels.reached(levels, 3)).isTrue();
        assertThat(Levels.reached(levels, 4)).isFalse();
        Map<Skill, Integer> all = Levels.with(Levels.with(levels, Skill.WRITTEN_COMPREHENSION, 5),
                Skill.WRITTEN_PRODUCTION, 5);
        assertThat(Levels.overall(all)).isEqualTo(5);
        assertThat(Levels.reached(all, 5)).isTrue();
        assertThat(Levels.reached(all, 6)).isFalse();
    }

    @ParameterizedTest(name = "{0} starting at {1}: target {2}")
    @CsvSource({
            "JOURNEES_QUEBEC, 1, 7",
            "JOURNEES_QUEBEC, 6, 7",
            "JOURNEES_QUEBEC, 7, 8",
            "STUDENT_ADMISSION, 6, 7",
            "SELF_REGISTERED, 11, 12",
            "SELF_REGISTERED, 12, 12",
            "AGRICULTURAL_WORKER, 1, 4",
            "AGRICULTURAL_WORKER, 4, 5"})
    void theDefaultTargetIsAboveTheStartAndAtMostTwelve(EnrolmentSource source, int starting, int target) {
        assertThat(TargetLevel.defaultFor(source, starting)).isEqualTo(target);
    }

    @Test
    void aChosenTargetIsOnTheScaleAndNotBelowTheStart() {
        assertThat(TargetLevel.chosen(3, 3)).isEqualTo(3);
        assertThat(TargetLevel.chosen(12, 1)).isEqualTo(12);
        Assertions.assertThatThrownBy(() -> TargetLevel.chosen(2, 3)).isInstanceOfSatisfying(InvalidFieldException.class,
                e -> assertThat(e.field()).isEqualTo("targetLevel"));
        Assertions.assertThatThrownBy(() -> TargetLevel.chosen(13, 3)).isInstanceOf(InvalidFieldException.class);
    }
}
