package qc.passerelle.commonview.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The collectors tell how much heap a collection left in use; the fold asks without measuring anything itself. */
class HeapShortTest {

    @Test
    void theHeapIsShortOnceACollectionLeavesMoreThanTheShareInUse() {
        try (HeapShort anyUse = HeapShort.above(0.0); HeapShort never = HeapShort.above(1.0)) {
            assertThat(anyUse.getAsBoolean()).as("before any collection").isFalse();
            System.gc();
            await().atMost(Duration.ofSeconds(10)).until(anyUse::getAsBoolean);
            assertThat(never.getAsBoolean()).isFalse();
        }
    }
}
