package qc.passerelle.agri.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class SortedScopesTest {

    private static final Comparator<Document> BY_NAME = Comparator.comparing((Document d) -> d.getString("familyName"));

    private final WorkerDirectory.Scope guatemala = WorkerDirectory.Scope.country("GT");
    private final AtomicInteger reads = new AtomicInteger();

    private List<Document> read(String... names) {
        reads.incrementAndGet();
        return java.util.Arrays.stream(names).map(name -> entry(name, name, 1)).toList();
    }

    private static Document entry(String workerId, String familyName, long version) {
        return new Document("workerId", workerId).append("familyName", familyName).append("version", version);
    }

    private static List<String> names(List<Document> entries) {
        return entries.stream().map(d -> d.getString("familyName")).toList();
    }

    @Test
    void thisInstancesChangesAreAppliedToTheKeptEntriesWithoutReadingTheScopeAgain() {
        SortedScopes scopes = new SortedScopes(Duration.ofMinutes(1), 8, BY_NAME);
        scopes.get(guatemala, () -> read("Díaz", "López", "Pérez"));

        scopes.changed(guatemala, Map.of("Ruiz", entry("Ruiz", "Ruiz", 1), "López", entry("López", "Lopez-Mora", 2),
                "Díaz", entry("Díaz", "Zuniga", 1)), Map.of("Pérez", 1L));

        List<Document> now = scopes.get(guatemala, () -> read("never"));
        assertThat(reads).hasValue(1);
        // a newer entry replaces, in its sorted place; one no newer than the kept one does not; a removal takes it
        assertThat(names(now)).containsExactly("Díaz", "Lopez-Mora", "Ruiz");
        assertThat(now.get(1).getLong("version")).isEqualTo(2L);

        scopes.changed(guatemala, Map.of(), Map.of("López", 1L));   // an older removal leaves the newer entry
        assertThat(names(scopes.get(guatemala, () -> read("never")))).containsExactly("Díaz", "Lopez-Mora", "Ruiz");
    }

    @Test
    void aReadDuringAChangeIsNotKept() {
        SortedScopes scopes = new SortedScopes(Duration.ofMinutes(1), 8, BY_NAME);
        scopes.get(guatemala, () -> {
            scopes.changed(guatemala, Map.of(), Map.of());   // the projection wrote while the buckets were being read
            return read("before");
        });
        assertThat(names(scopes.get(guatemala, () -> read("after")))).containsExactly("after");
    }

    @Test
    void entriesPastTheirMomentAreAnsweredWhileTheScopeIsReadAgainInTheBackground() {
        AtomicLong clock = new AtomicLong();
        SortedScopes scopes = new SortedScopes(Duration.ofSeconds(2), 8, BY_NAME, clock::get);
        scopes.get(guatemala, () -> read("first"));
        clock.addAndGet(Duration.ofMillis(2500).toNanos());

        assertThat(names(scopes.get(guatemala, () -> read("second")))).containsExactly("first");
        await().atMost(Duration.ofSeconds(5)).until(() -> names(scopes.get(guatemala, () -> read("third")))
                .equals(List.of("second")));
        assertThat(reads).hasValue(2);
    }

    @Test
    void entriesFarPastTheirMomentAreReadAgainBeforeAnswering() {
        AtomicLong clock = new AtomicLong();
        SortedScopes scopes = new SortedScopes(Duration.ofSeconds(2), 8, BY_NAME, clock::get);
        scopes.get(guatemala, () -> read("first"));
        clock.addAndGet(Duration.ofSeconds(9).toNanos());

        assertThat(names(scopes.get(guatemala, () -> read("second")))).containsExactly("second");
    }

    @Test
    void nothingIsKeptWhenTheMomentIsZeroAndOnlyTheLimitOfScopesIsKept() {
        SortedScopes none = new SortedScopes(Duration.ZERO, 8, BY_NAME);
        none.get(guatemala, () -> read("a"));
        none.get(guatemala, () -> read("a"));
        assertThat(reads).hasValue(2);

        SortedScopes two = new SortedScopes(Duration.ofMinutes(1), 2, BY_NAME);
        for (String country : List.of("GT", "MX", "HN")) {
            two.get(WorkerDirectory.Scope.country(country), () -> read(country));
        }
        two.get(WorkerDirectory.Scope.country("GT"), () -> read("GT"));   // the eldest went out
        assertThat(reads).hasValue(6);
    }
}
