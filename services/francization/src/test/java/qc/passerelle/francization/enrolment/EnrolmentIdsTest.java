package qc.passerelle.francization.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnrolmentIdsTest {

    @Test
    void anIdComesFromItsCauseAloneAndStaysWithinTheContractsSixtyFourCharacters() {
        String fits = "o".repeat(57);
        String tooLong = "o".repeat(58);

        assertThat(EnrolmentIds.causedBy("enr-jq-", "offer-901")).isEqualTo("enr-jq-offer-901");
        assertThat(EnrolmentIds.causedBy("enr-jq-", fits)).hasSize(64).isEqualTo("enr-jq-" + fits);
        assertThat(EnrolmentIds.causedBy("enr-jq-", tooLong)).hasSizeLessThanOrEqualTo(64)
                .isEqualTo(EnrolmentIds.causedBy("enr-jq-", tooLong)).startsWith("enr-jq-")
                .isNotEqualTo(EnrolmentIds.causedBy("enr-jq-", tooLong + "x"));
    }
}
