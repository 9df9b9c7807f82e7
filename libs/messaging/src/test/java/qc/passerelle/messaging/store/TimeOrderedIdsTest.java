package qc.passerelle.messaging.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void anIdIsAVersion7UuidThatCarriesTheMillisecondItWasMadeIn() {
        long millis = 1_796_000_123_456L;
        UUID id = TimeOrderedIds.at(millis);

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(millis);
        assertThat(UUID.fromString(TimeOrderedIds.next()).version()).isEqualTo(7);
    }

    @Test
    void idsOfLaterMillisecondsSortAfterAsText() {
        List<String> made = new ArrayList<>();
        for (long millis = 1_700_000_000_000L; millis < 1_700_000_000_000L + 5_000; millis += 7) {
            made.add(TimeOrderedIds.at(millis).toString());
        }

        assertThat(made).isSorted();
    }

    @Test
    void idsOfTheSameMillisecondDiffer() {
        HashSet<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(TimeOrderedIds.at(1_700_000_000_000L).toString());
        }

        assertThat(ids).hasSize(10_000);
    }
}
