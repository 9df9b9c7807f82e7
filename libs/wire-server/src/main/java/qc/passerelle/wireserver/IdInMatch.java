package qc.passerelle.wireserver;

import de.bwaldvogel.mongo.bson.Document;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Matches a query of the form {@code {_id: {$in: [ids...]}, ...}} against a document in constant time for its
 * {@code _id}, then the rest of the query as mongo-java-server does.
 *
 * <p>mongo-java-server checks each document against {@code $in} by walking the list: a read of 1,000 views by id
 * made a million comparisons, and a poll over a season's 18,500 workers 340 million, all under the collection's lock,
 * so every write to that collection waited behind it. The ids are put in a set once per query. Only lists of strings
 * take this path. A string equals no other BSON type, so the answer is the same; any other list keeps the general
 * matcher.
 */
final class IdInMatch {

    private record Prepared(Document query, Set<String> ids, Document rest) {
    }

    private static final String ID = "_id";

    private final BiPredicate<Document, Document> general;
    /** The last query seen: a query is matched against every document it reads, one after the other. */
    private volatile Prepared last;

    IdInMatch(BiPredicate<Document, Document> general) {
        this.general = general;
    }

    boolean matches(Document document, Document query) {
        Prepared prepared = prepare(query);
        if (prepared == null) {
            return general.test(document, query);
        }
        return document.get(ID) instanceof String id && prepared.ids().contains(id)
                && (prepared.rest().isEmpty() || general.test(document, prepared.rest()));
    }

    private Prepared prepare(Document query) {
        Prepared prepared = last;
        if (prepared != null && prepared.query() == query) {
            return prepared;
        }
        if (!(query.get(ID) instanceof Document criterion) || criterion.size() != 1
                || !(criterion.get("$in") instanceof Collection<?> values)) {
            return null;
        }
        Set<String> ids = new HashSet<>(values.size() * 2);
        for (Object value : values) {
            if (!(value instanceof String id)) {
                return null;
            }
            ids.add(id);
        }
        Document rest = new Document();
        query.forEach((key, value) -> {
            if (!ID.equals(key)) {
                rest.put(key, value);
            }
        });
        prepared = new Prepared(query, ids, rest);
        last = prepared;
        return prepared;
    }
}
