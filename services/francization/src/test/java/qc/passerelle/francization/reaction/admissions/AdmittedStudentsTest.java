package qc.passerelle.francization.reaction.admissions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import qc.passerelle.contracts.students.TeachingLanguage;

/** Which admissions become offers: French-language programs, a declared level below 7 or none. */
class AdmittedStudentsTest {

    @ParameterizedTest(name = "{0} program, declared level {1}: offer {2}")
    @CsvSource({"FR, 1, true", "FR, 6, true", "FR, , true", "FR, 7, false", "FR, 12, false", "EN, 1, false", "EN, , false"})
    void onlyAFrenchLanguageProgramWithALevelBelowSevenOrNoneGetsAnOffer(TeachingLanguage language, Integer level,
                                                                        boolean offered) {
        assertThat(AdmittedStudents.needsOffer(language, level)).isEqualTo(offered);
    }
}
