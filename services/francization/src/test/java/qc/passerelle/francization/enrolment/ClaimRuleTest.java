package qc.passerelle.francization.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a person's claim still holds them, at the edge of the grace period. */
class ClaimRuleTest {

    static final Instant NOW = Instant.parse("2027-04-03T12:00:00Z");
    static final Instant JUST_INSIDE = NOW.minus(ClaimRule.GRACE).plusMillis(1);
    static final Instant AT_THE_EDGE = NOW.minus(ClaimRule.GRACE);

    @Test
    void anActiveEnrolmentHoldsItsPersonHoweverOldItsClaim() {
        assertThat(ClaimRule.holds(EnrolmentStatus.ACTIVE, Instant.EPOCH, NOW)).isTrue();
    }

    @Test
    void anEnrolmentBeingCreatedOrAcceptedHoldsItsPersonForTheGracePeriodOnly() {
        assertThat(ClaimRule.holds(null, JUST_INSIDE, NOW)).isTrue();
        assertThat(ClaimRule.holds(null, AT_THE_EDGE, NOW)).isFalse();
        assertThat(ClaimRule.holds(EnrolmentStatus.OFFERED, JUST_INSIDE, NOW)).isTrue();
        assertThat(ClaimRule.holds(EnrolmentStatus.OFFERED, AT_THE_EDGE, NOW)).isFalse();
        assertThat(ClaimRule.holds(EnrolmentStatus.OFFERED, null, NOW)).isFalse();
    }

    @Test
    void anEnrolmentThatIsOverNeverHoldsItsPersonAgain() {
        for (EnrolmentStatus over : new EnrolmentStatus[] {EnrolmentStatus.COMPLETED, EnrolmentStatus.ABANDONED,
                EnrolmentStatus.DECLINED}) {
            assertThat(ClaimRule.holds(over, NOW, NOW)).as(over.name()).isFalse();
        }
    }
}
