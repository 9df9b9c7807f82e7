package qc.passerelle.commonview.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import qc.passerelle.commonview.support.MovableClock;
import qc.passerelle.testsupport.EmbeddedInfrastructure;

/**
 * Two instances of common-view share the read models: while one rebuilds them, the other must see it (no alert
 * from half-rebuilt views, no second rebuild), and a rebuild whose instance died must not block the next forever.
 */
class ReplayLeaseTest {

    private final MongoClient client = MongoClients.create(EmbeddedInfrastructure.get().mongoUri("replay-lease-" + UUID.randomUUID()));
    private final MongoTemplate store = new MongoTemplate(client, "replay-lease");
    private final MovableClock clock = new MovableClock();
    private final Replay a = new Replay(store, clock, Duration.ofSeconds(60), Duration.ZERO);
    private final Replay b = new Replay(store, clock, Duration.ofSeconds(60), Duration.ZERO);

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void aRebuildOnOneInstanceIsSeenByTheOtherWhichCannotStartAnother() {
        assertThat(a.active()).isFalse();
        assertThat(a.begin()).isTrue();
        assertThat(b.active()).as("the other instance sees the rebuild").isTrue();
        assertThat(b.begin()).as("a second rebuild elsewhere").isFalse();
        assertThat(a.begin()).as("a second rebuild here").isFalse();

        a.renew(1234);
        assertThat(b.last().get("events", Number.class).longValue()).isEqualTo(1234);

        a.end("DONE", 5000, null);
        assertThat(a.active()).isFalse();
        assertThat(b.active()).isFalse();
        assertThat(b.last().getString("state")).isEqualTo("DONE");
        assertThat(b.begin()).as("the next rebuild, from the other instance").isTrue();
        assertThat(a.active()).isTrue();
        b.end("DONE", 1, null);
    }

    /** Whoever reads the outcome (here, the moment it is written) may start the next rebuild on the same instance. */
    @Test
    void theNextRebuildMayStartAsSoonAsTheOutcomeIsWritten() {
        java.util.concurrent.atomic.AtomicReference<Replay> instance = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.List<Boolean> begunOnReadingDone = new java.util.ArrayList<>();
        MongoTemplate watched = new MongoTemplate(client, "replay-lease") {
            @Override
            public com.mongodb.client.result.UpdateResult updateFirst(org.springframework.data.mongodb.core.query.Query query,
                    org.springframework.data.mongodb.core.query.UpdateDefinition update, String collectionName) {
                com.mongodb.client.result.UpdateResult result = super.updateFirst(query, update, collectionName);
                if (findById(Replay.ID, org.bson.Document.class, Replay.COLLECTION).getString("state").equals("DONE")
                        && begunOnReadingDone.isEmpty()) {
                    begunOnReadingDone.add(instance.get().begin());
                }
                return result;
            }
        };
        Replay c = new Replay(watched, clock, Duration.ofSeconds(60), Duration.ZERO);
        instance.set(c);
        assertThat(c.begin()).isTrue();
        c.end("DONE", 10, null);
        assertThat(begunOnReadingDone).as("begun by a reader of DONE").containsExactly(true);
        assertThat(c.active()).isTrue();
        c.end("DONE", 0, null);
    }

    @Test
    void aRebuildWhoseInstanceStoppedReadsAsFailedOnceItsLeaseRunsOutAndAnotherMayStart() {
        assertThat(a.begin()).isTrue();
        clock.advance(Duration.ofSeconds(61));

        assertThat(b.active()).isFalse();
        assertThat(b.last().getString("state")).isEqualTo("FAILED");
        assertThat(b.begin()).isTrue();
        a.renew(99);
        assertThat(b.last().get("events", Number.class).longValue()).as("the old holder renews nothing").isZero();
        b.end("DONE", 10, null);
    }
}
