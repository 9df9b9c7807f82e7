package qc.passerelle.commonview.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import qc.passerelle.commonview.readmodel.ViewTarget;

/**
 * The rebuild's scratch store written behind: the projection goes on while its writes are applied, in the order it
 * gave them, and what it reads includes every write it gave before; a write that failed stops the rebuild.
 */
class WriteBehindTest {

    /** Applies writes only once the gate is open; a read answers how many writes it found applied. */
    private static final class Gated implements ViewTarget {
        final CountDownLatch gate = new CountDownLatch(1);
        final List<String> applied = new CopyOnWriteArrayList<>();
        final AtomicReference<Thread> writer = new AtomicReference<>();

        @Override
        public Map<String, Document> byIds(String collection, Collection<String> ids) {
            return Map.of("applied", new Document("count", applied.size()));
        }

        @Override
        public void upsert(String collection, Map<String, List<Document>> updatesById) {
            writer.set(Thread.currentThread());
            try {
                gate.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            if (updatesById.containsKey("poison")) {
                throw new IllegalArgumentException("update operator not kept in memory: $inc");
            }
            updatesById.keySet().forEach(id -> applied.add(collection + "/" + id));
        }
    }

    private static Map<String, List<Document>> write(String id) {
        return Map.of(id, List.of(new Document("$set", new Document("x", 1))));
    }

    @Test
    void theProjectionGoesOnWhileItsWritesWaitAndItReadsThemAllInTheOrderGiven() throws Exception {
        Gated store = new Gated();
        try (WriteBehind behind = new WriteBehind(store)) {
            behind.upsert("workers", write("w1"));
            behind.upsert("units", write("u1"));
            behind.upsert("workers", write("w2"));
            // the three writes are waiting on the gate, yet the projection is here: they were given, not applied
            assertThat(store.applied).isEmpty();

            AtomicReference<Thread> reader = new AtomicReference<>();
            CompletableFuture<Map<String, Document>> read = CompletableFuture.supplyAsync(() -> {
                reader.set(Thread.currentThread());
                return behind.byIds("workers", List.of("w1"));
            });
            // the read waits for the writes given before it instead of reading past them
            await().atMost(10, TimeUnit.SECONDS).until(() -> reader.get() != null
                    && reader.get().getState() == Thread.State.WAITING);
            assertThat(read).isNotDone();
            store.gate.countDown();

            assertThat(read.get(10, TimeUnit.SECONDS).get("applied").getInteger("count")).isEqualTo(3);
            assertThat(store.applied).containsExactly("workers/w1", "units/u1", "workers/w2");
            assertThat(store.writer.get()).isNotSameAs(Thread.currentThread());
        }
    }

    @Test
    void aWriteThatFailedFailsEveryCallAfterItAndNothingAfterItIsApplied() {
        Gated store = new Gated();
        store.gate.countDown();
        try (WriteBehind behind = new WriteBehind(store)) {
            behind.upsert("workers", write("w1"));
            behind.upsert("workers", write("poison"));
            behind.upsert("workers", write("w2"));

            assertThatThrownBy(behind::drain).isInstanceOf(WriteBehind.ScratchStoreFailed.class)
                    .hasRootCauseMessage("update operator not kept in memory: $inc");
            assertThatThrownBy(() -> behind.upsert("workers", write("w3"))).isInstanceOf(WriteBehind.ScratchStoreFailed.class);
            assertThatThrownBy(() -> behind.byIds("workers", List.of("w1"))).isInstanceOf(WriteBehind.ScratchStoreFailed.class);
            assertThat(store.applied).containsExactly("workers/w1");
        }
    }
}
