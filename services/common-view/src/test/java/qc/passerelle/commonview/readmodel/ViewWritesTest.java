package qc.passerelle.commonview.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** How the updates of one document in a batch fold into one, so that the store ends as if they went one by one. */
class ViewWritesTest {

    @Test
    void setsLastWinsSetOnInsertFirstWinsAndMembersGather() {
        Document into = new Document("$set", new Document("a", 1)).append("$setOnInsert", new Document("raisedAt", "t1"))
                .append("$addToSet", new Document("history", new Document("eventId", "e1")));
        Document next = new Document("$set", new Document("a", 2)).append("$setOnInsert", new Document("raisedAt", "t2"))
                .append("$addToSet", new Document("history", new Document("$each", List.of(new Document("eventId", "e2"),
                        new Document("eventId", "e1")))));

        assertThat(ViewWrites.combine(into, next)).isTrue();

        assertThat(into.get("$set", Document.class).get("a")).isEqualTo(2);
        assertThat(into.get("$setOnInsert", Document.class).get("raisedAt")).isEqualTo("t1");
        assertThat(into.get("$addToSet", Document.class).get("history", Document.class).getList("$each", Document.class))
                .extracting(d -> d.getString("eventId")).containsExactly("e1", "e2");
    }

    @Test
    void maxKeepsTheStateOfTheHigherSequenceWhicheverCameFirst() {
        Document newer = new Document("seq", 3L).append("status", "DEPARTED");
        Document older = new Document("seq", 2L).append("status", "PRESENT");
        Document into = new Document("$max", new Document("state", newer));

        assertThat(ViewWrites.combine(into, new Document("$max", new Document("state", older)))).isTrue();
        assertThat(into.get("$max", Document.class).get("state")).isSameAs(newer);

        Document levels = new Document("$max", new Document("level", 5));
        assertThat(ViewWrites.combine(levels, new Document("$max", new Document("level", 4)))).isTrue();
        assertThat(levels.get("$max", Document.class).get("level")).isEqualTo(5);
    }

    @Test
    void aPathNamedByTwoOperatorsOrAnotherOperatorIsNotFolded() {
        Document into = new Document("$set", new Document("offers.o1", new Document("title", "x")));

        assertThat(ViewWrites.combine(into, new Document("$max", new Document("offers.o1.level", 2)))).isFalse();
        assertThat(ViewWrites.combine(into, new Document("$inc", new Document("n", 1)))).isFalse();
        assertThat(into.keySet()).containsExactly("$set");
    }
}
