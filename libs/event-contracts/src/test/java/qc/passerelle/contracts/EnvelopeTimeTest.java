package qc.passerelle.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@code ce_time} is read by hand in its usual form; it must read exactly as {@link Instant#parse} does, or fail as it does. */
class EnvelopeTimeTest {

    @Test
    void readsEveryInstantAsInstantParseDoes() {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            Instant at = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 250_000_000_000L), random.nextInt(1_000_000_000));
            String text = at.toString(); // 0, 3, 6 or 9 digits of fraction, as producers write it
            assertThat(EventEnvelope.instant(text)).as(text).isEqualTo(Instant.parse(text));
            String cut = text.replaceFirst("\\.(\\d{" + (1 + random.nextInt(9)) + "})\\d*Z$", ".$1Z");
            assertThat(EventEnvelope.instant(cut)).as(cut).isEqualTo(Instant.parse(cut));
        }
    }

    @Test
    void leavesTheOtherFormsToInstantParse() {
        for (String text : List.of("2026-02-29T10:00:00Z", "2024-02-29T23:59:59.5Z", "2026-04-31T00:00:00Z",
                "2026-13-01T00:00:00Z", "2026-04-01T24:00:00Z", "2026-04-01T12:00:60Z", "2026-04-01T12:00:00.Z",
                "2026-04-01T12:00:00.1234567890Z", "2026-04-01t12:00:00z", "2026-04-01T12:00:00+02:00",
                "2026-04-01T12:00:0aZ", "+12026-04-01T12:00:00Z", "2026-04-01 12:00:00Z", "")) {
            Instant expected;
            try {
                expected = Instant.parse(text);
            } catch (DateTimeParseException e) {
                assertThatThrownBy(() -> EventEnvelope.instant(text)).as(text).isInstanceOf(DateTimeParseException.class);
                continue;
            }
            assertThat(EventEnvelope.instant(text)).as(text).isEqualTo(expected);
        }
    }
}
