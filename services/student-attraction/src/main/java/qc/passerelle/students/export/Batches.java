package qc.passerelle.students.export;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Whole-collection reads in pages of 1,000 by _id: the wire server ignores first-batch limits and fails on a reply
 * over its maximum size, so no read here ever asks for everything at once.
 */
public final class Batches {

    public static final int SIZE = 1000;

    private Batches() {
    }

    /** Every matching document, as a raw document with only {@code fields}, in _id order. */
    public static void forEach(MongoTemplate mongo, String collection, Criteria condition, List<String> fields,
                               Consumer<Document> each) {
        Object after = null;
        while (true) {
            Query batch = batch(condition, after);
            fields.forEach(batch.fields()::include);
            List<Document> found = mongo.find(batch, Document.class, collection);
            found.forEach(each);
            if (found.size() < SIZE) {
                return;
            }
            after = found.get(found.size() - 1).get("_id");
        }
    }

    /** Every matching document, mapped, in _id order. */
    public static <T> void forEach(MongoTemplate mongo, String collection, Class<T> type, Criteria condition,
                                   Function<T, Object> idOf, Consumer<T> each) {
        Object after = null;
        while (true) {
            List<T> found = mongo.find(batch(condition, after), type, collection);
            found.forEach(each);
            if (found.size() < SIZE) {
                return;
            }
            after = idOf.apply(found.get(found.size() - 1));
        }
    }

    /** The ids only: what an audit entry names before an export's first byte leaves. */
    public static List<String> ids(MongoTemplate mongo, String collection, Criteria condition) {
        List<String> ids = new ArrayList<>();
        forEach(mongo, collection, condition, List.of("_id"), doc -> ids.add(doc.getString("_id")));
        return ids;
    }

    private static Query batch(Criteria condition, Object after) {
        Query batch = new Query(after == null ? condition : new Criteria().andOperator(condition, where("_id").gt(after)))
                .with(Sort.by("_id")).limit(SIZE);
        batch.cursorBatchSize(SIZE);
        return batch;
    }
}
