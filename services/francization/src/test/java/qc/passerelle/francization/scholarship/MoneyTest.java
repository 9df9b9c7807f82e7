package qc.passerelle.francization.scholarship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import qc.passerelle.web.InvalidFieldException;

/** Amounts at their bounds: more than nothing, whole cents, at most the maximum. */
class MoneyTest {

    @ParameterizedTest(name = "{0} CAD is {1} cents")
    @CsvSource({"0.01, 1", "1, 100", "1.50, 150", "1.500, 150", "100000.00, 10000000"})
    void anAmountInWholeCentsUpToTheMaximumIsAccepted(BigDecimal amount, long cents) {
        assertThat(Money.cents("amountCad", amount, 100_000_00L)).isEqualTo(cents);
    }

    @ParameterizedTest(name = "{0} CAD is refused")
    @CsvSource({"0", "0.00", "-0.01", "0.001", "1.005", "100000.01"})
    void anyOtherAmountIsBadInputNamingTheField(BigDecimal amount) {
        assertThatThrownBy(() -> Money.cents("amountCad", amount, 100_000_00L))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("amountCad"));
    }
}
