package qc.passerelle.agri.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class SortedScopesTest {

    private final WorkerDirectory.Scope guatemala = WorkerDirectory.Scope.country("GT");
    private final AtomicInteger reads = new AtomicInteger();

    private List<Document> read(String name) {
        reads.incrementAndGet();
        return List.of(new Document("familyName", name));
    }

    @Test
    void aScopeReadLatelyIsNotReadAgainUntilItChanges() {
        SortedScopes scopes = new SortedScopes(Duration.ofMinutes(1), 8);
        scopes.get(guatemala, () -> read("López"));
        assertThat(scopes.get(guatemala, () -> read("other"))).extracting(d -> d.getString("familyName"))
                .containsExactly("López");
        assertThat(reads).hasValue(1);

        scopes.changed(guatemala);
        assertThat(scopes.get(guatemala, () -> read("Pérez"))).extracting(d -> d.getString("familyName"))
                .containsExactly("Pérez");
        assertThat(reads).hasValue(2);
    }

    @Test
    void aReadDuringAChangeIsNotKept() {
        SortedScopes scopes = new SortedScopes(Duration.ofMinutes(1), 8);
        scopes.get(guatemala, () -> {
            scopes.changed(guatemala);   // the projection wrote while the buckets were being read
            return read("before");
        });
        assertThat(scopes.get(guatemala, () -> read("after"))).extracting(d -> d.getString("familyName"))
                .containsExactly("after");
    }

    @Test
    void nothingIsKeptWhenTheMomentIsZeroAndOnlyTheLimitOfScopesIsKept() {
        SortedScopes none = new SortedScopes(Duration.ZERO, 8);
        none.get(guatemala, () -> read("a"));
        none.get(guatemala, () -> read("a"));
        assertThat(reads).hasValue(2);

        SortedScopes two = new SortedScopes(Duration.ofMinutes(1), 2);
        for (String country : List.of("GT", "MX", "HN")) {
            two.get(WorkerDirectory.Scope.country(country), () -> read(country));
        }
        two.get(WorkerDirectory.Scope.country("GT"), () -> read("GT"));   // the eldest went out
        assertThat(reads).hasValue(6);
    }
}
