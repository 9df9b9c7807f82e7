package qc.passerelle.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.client.MongoClients;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.web.ErrorResponseException;
import qc.passerelle.testsupport.EmbeddedInfrastructure;

/**
 * A creation under an Idempotency-Key, the insert first: a repeat answers the first document, even when its checks
 * would no longer pass; the key with another request is a conflict; another unique field's clash is the caller's.
 */
class CreateOnceTest {

    static final String COLLECTION = "created_once";

    MongoTemplate mongo;
    CreateOnce createOnce;

    @BeforeEach
    void store() {
        mongo = new MongoTemplate(MongoClients.create(EmbeddedInfrastructure.get().mongoUri("create-once-test")),
                "create-once-test");
        createOnce = new CreateOnce(new AggregateStore(mongo, OutboxSignal.NONE));
        createOnce.createIndex(COLLECTION);
        mongo.indexOps(COLLECTION).createIndex(new Index("person", Sort.Direction.ASC).unique().sparse());
    }

    /** An aggregate of the simplest kind: who, what was asked, under which key. */
    record Created(String id, String person, String request, String idempotencyKey) {
    }

    Created create(String person, String request, Optional<String> key) {
        return createOnce.insertFirst(COLLECTION, Created.class, key, earlier -> request.equals(earlier.request()),
                () -> new Created(UUID.randomUUID().toString(), person, request, key.orElse(null)));
    }

    @Test
    void aRepeatUnderTheSameKeyAnswersTheFirstDocumentAndStoresNothingMore() {
        String person = "p-" + UUID.randomUUID();
        Optional<String> key = Optional.of("k-" + UUID.randomUUID());

        Created first = create(person, "arrive", key);
        Created again = create(person, "arrive", key);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(mongo.count(query(where("person").is(person)), COLLECTION)).isEqualTo(1);
    }

    @Test
    void aRepeatWhoseChecksNoLongerPassStillAnswersTheFirstDocument() {
        Optional<String> key = Optional.of("k-" + UUID.randomUUID());
        Created first = create("p-" + UUID.randomUUID(), "arrive", key);
        AtomicInteger asked = new AtomicInteger();

        Created again = createOnce.insertFirst(COLLECTION, Created.class, key, earlier -> true, () -> {
            asked.incrementAndGet();
            throw new IllegalStateException("the unit is no longer the employer's");
        });

        assertThat(asked).hasValue(1);
        assertThat(again.id()).isEqualTo(first.id());
    }

    @Test
    void theSameKeyWithAnotherRequestIsAConflictNamingTheHeader() {
        Optional<String> key = Optional.of("k-" + UUID.randomUUID());
        create("p-" + UUID.randomUUID(), "arrive", key);

        assertThatThrownBy(() -> create("p-" + UUID.randomUUID(), "depart", key))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> {
                    assertThat(e.getStatusCode().value()).isEqualTo(409);
                    assertThat(e.getBody().getProperties()).containsEntry("field", "Idempotency-Key");
                });
    }

    @Test
    void theSameKeyWithAnotherRequestWhoseChecksRefuseIsStillTheKeysConflict() {
        Optional<String> key = Optional.of("k-" + UUID.randomUUID());
        create("p-" + UUID.randomUUID(), "arrive", key);

        assertThatThrownBy(() -> createOnce.insertFirst(COLLECTION, Created.class, key, earlier -> false, () -> {
            throw new IllegalStateException("unknown employer");
        })).isInstanceOfSatisfying(ErrorResponseException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(409));
    }

    @Test
    void aClashOnAnotherUniqueFieldIsThrownForTheCallerToExplain() {
        String person = "p-" + UUID.randomUUID();
        create(person, "arrive", Optional.of("k-" + UUID.randomUUID()));

        assertThatThrownBy(() -> create(person, "arrive", Optional.of("k-" + UUID.randomUUID())))
                .isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> create(person, "arrive", Optional.empty())).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void checksThatRefuseANewRequestAreThrown() {
        assertThatThrownBy(() -> createOnce.insertFirst(COLLECTION, Created.class, Optional.of("k-" + UUID.randomUUID()),
                earlier -> true, () -> {
                    throw new IllegalArgumentException("unknown employer");
                })).hasMessage("unknown employer");
    }
}
