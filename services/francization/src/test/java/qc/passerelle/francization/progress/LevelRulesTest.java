package qc.passerelle.francization.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import qc.passerelle.web.ConflictException;
import qc.passerelle.web.InvalidFieldException;

/** The Québec scale's rules for one skill, at their bounds. */
class LevelRulesTest {

    @ParameterizedTest(name = "start {0}, now {1}, attained {2}: {3}")
    @CsvSource({
            "1, 1, 1, UNCHANGED",
            "1, 1, 2, RAISED",
            "1, 11, 12, RAISED",
            "3, 5, 5, UNCHANGED",
            "3, 5, 6, RAISED",
            "12, 12, 12, UNCHANGED"})
    void aLevelOnTheScaleAtOrAboveTheCurrentOneIsRecorded(int starting, int current, int attained, LevelChange change) {
        assertThat(LevelRules.record(starting, current, attained)).isEqualTo(change);
    }

    @ParameterizedTest(name = "{0} is off the scale")
    @CsvSource({"0", "13", "-1"})
    void aLevelOffTheScaleIsBadInputNamingTheLevel(int attained) {
        assertThatThrownBy(() -> LevelRules.record(1, 1, attained))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("level"));
    }

    @Test
    void aLevelBelowTheStartingLevelIsBadInputEvenWhereTheSkillIsAtTheStart() {
        assertThatThrownBy(() -> LevelRules.record(4, 4, 3))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("level"));
        assertThat(LevelRules.record(4, 4, 4)).isEqualTo(LevelChange.UNCHANGED);
    }

    @Test
    void aLevelBelowTheCurrentOneButNotBelowTheStartIsAConflictLevelsNeverGoDown() {
        assertThatThrownBy(() -> LevelRules.record(3, 6, 5))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("level"));
        assertThatThrownBy(() -> LevelRules.record(3, 12, 11)).isInstanceOf(ConflictException.class);
    }

    @Test
    void theScaleGoesFromOneToTwelve() {
        LevelRules.requireOnScale("startingLevel", 1);
        LevelRules.requireOnScale("startingLevel", 12);
        assertThatThrownBy(() -> LevelRules.requireOnScale("startingLevel", 0))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("startingLevel"));
        assertThatThrownBy(() -> LevelRules.requireOnScale("startingLevel", 13)).isInstanceOf(InvalidFieldException.class);
    }
}
