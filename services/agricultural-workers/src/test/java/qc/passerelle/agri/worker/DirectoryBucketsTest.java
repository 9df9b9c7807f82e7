package qc.passerelle.agri.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DirectoryBucketsTest {

    private final WorkerDirectory.Scope mexico = WorkerDirectory.Scope.country("MX");

    @Test
    void aScopeReadsThePreviousVersionsBucketsAndTheNewOnesWhichNeverShareAnId() {
        List<String> all = DirectoryBuckets.all(mexico);

        assertThat(all).doesNotHaveDuplicates().hasSize(27 * 4 + DirectoryBuckets.COUNT)
                .contains("country:MX|G1", "country:MX|#3", "country:MX|h000", "country:MX|h255");
        assertThat(all).filteredOn(id -> id.matches("country:MX\\|h\\d{3}")).hasSize(DirectoryBuckets.COUNT);
        assertThat(all).filteredOn(id -> id.matches("country:MX\\|[A-Z#][0-3]")).hasSize(27 * 4);
    }

    @Test
    void aWorkersBucketsAreAmongTheScopesAndTheNewOneDependsOnTheIdAlone() {
        List<String> all = DirectoryBuckets.all(mexico);
        Set<String> used = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String workerId = "wkr-" + UUID.randomUUID();
            used.add(DirectoryBuckets.of(mexico, workerId));
            assertThat(all).contains(DirectoryBuckets.of(mexico, workerId),
                    DirectoryBuckets.legacyOf(mexico, "Hernández", workerId));
        }
        assertThat(used).hasSizeGreaterThan(DirectoryBuckets.COUNT - 5);
        assertThat(DirectoryBuckets.of(mexico, "wkr-1")).isEqualTo("country:MX|h" + "%03d".formatted(Math.floorMod("wkr-1".hashCode(), 256)));
    }

    @Test
    void thePreviousVersionsBucketIsChosenAsItChoseIt() {
        String workerId = "wkr-" + UUID.randomUUID();
        int spread = Math.floorMod(workerId.hashCode(), 4);

        assertThat(DirectoryBuckets.legacyOf(mexico, "Émond", workerId)).isEqualTo("country:MX|E" + spread);
        assertThat(DirectoryBuckets.legacyOf(WorkerDirectory.Scope.employer("emp-1"), "de la Cruz", workerId))
                .isEqualTo("employer:emp-1|D" + spread);
        assertThat(DirectoryBuckets.legacyOf(mexico, "Øster", workerId)).isEqualTo("country:MX|#" + spread);
        assertThat(DirectoryBuckets.legacyOf(mexico, "", workerId)).isEqualTo("country:MX|#" + spread);
    }
}
