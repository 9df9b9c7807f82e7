package qc.passerelle.commonview.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Weeks and bucket numbers as the stored ids spell them: what earlier documents were written under. */
class KeysTest {

    @Test
    void weeksAreIsoWeeksOfTheirWeekBasedYear() {
        assertThat(Keys.week(LocalDate.of(2026, 1, 1))).isEqualTo("2026-W01");
        assertThat(Keys.week(LocalDate.of(2027, 1, 1))).isEqualTo("2026-W53");
        assertThat(Keys.week(LocalDate.of(2026, 4, 6))).isEqualTo("2026-W15");
        assertThat(Keys.week(LocalDate.of(2026, 12, 28))).isEqualTo("2026-W53");
    }

    @Test
    void bucketNumbersHaveTheirWidth() {
        assertThat(Keys.digits(7, 3)).isEqualTo("007");
        assertThat(Keys.digits(42, 2)).isEqualTo("42");
        assertThat(Keys.digits(255, 3)).isEqualTo("255");
        assertThat(new Buckets(256, 16).all("GT")).startsWith("GT", "GT:00", "GT:01").endsWith("GT:254", "GT:255")
                .hasSize(1 + 16 + 256);
    }
}
