package qc.passerelle.commonview.readmodel;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Reads of read models by {@code _id} only (one {@code $in} per batch): the local wire server uses its {@code _id}
 * index for an equality or {@code $in} on {@code _id} alone, and reads the whole collection for anything else.
 */
public final class Views {

    private static final int CHUNK = 1000;

    private Views() {
    }

    public static Map<String, Document> byIds(MongoTemplate mongo, String collection, Collection<String> ids) {
        return byIds(mongo, collection, ids, new String[0]);
    }

    /** As {@link #byIds(MongoTemplate, String, Collection)}, with only these fields read (none named: all). */
    public static Map<String, Document> byIds(MongoTemplate mongo, String collection, Collection<String> ids,
                                              String... fields) {
        Map<String, Document> found = new LinkedHashMap<>();
        List<String> all = new ArrayList<>(new java.util.LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += CHUNK) {
            Query q = query(where("_id").in(all.subList(from, Math.min(all.size(), from + CHUNK))));
            for (String field : fields) {
                q.fields().include(field);
            }
            q.cursorBatchSize(CHUNK);
            for (Document doc : mongo.find(q, Document.class, collection)) {
                found.put(doc.getString("_id"), doc);
            }
        }
        return found;
    }

    public static Document byId(MongoTemplate mongo, String collection, String id) {
        return mongo.findById(id, Document.class, collection);
    }

    /** Every document of a small collection (per-scope documents: a few per country, employer or week). */
    public static List<Document> all(MongoTemplate mongo, String collection) {
        Query q = new Query();
        q.cursorBatchSize(100);
        return mongo.find(q, Document.class, collection);
    }

    public static Document sub(Document doc, String field) {
        Object value = doc == null ? null : doc.get(field);
        return value instanceof Document d ? d : new Document();
    }

    /** The entries of a map field, with their keys decoded back into ids. */
    public static Map<String, Document> entries(Document doc, String field) {
        Map<String, Document> entries = new LinkedHashMap<>();
        sub(doc, field).forEach((key, value) -> {
            if (value instanceof Document d) {
                entries.put(Keys.id(key), d);
            }
        });
        return entries;
    }

    public static String text(Document doc, String field) {
        Object value = doc == null ? null : doc.get(field);
        return value == null ? null : value.toString();
    }

    /** Of two versions of one entry ({@code v}), the newer: for an entry found in two documents of a scope. */
    public static Document newer(Document a, Document b) {
        return number(b, "v") > number(a, "v") ? b : a;
    }

    public static long number(Document doc, String field) {
        Object value = doc == null ? null : doc.get(field);
        return value instanceof Number n ? n.longValue() : 0;
    }

    public static Date date(Document doc, String field) {
        Object value = doc == null ? null : doc.get(field);
        return value instanceof Date d ? d : null;
    }

    @SuppressWarnings("unchecked")
    public static List<String> texts(Document doc, String field) {
        Object value = doc == null ? null : doc.get(field);
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    public static List<Document> documents(Document doc, String field) {
        Object value = doc == null ? null : doc.get(field);
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(Document.class::isInstance).map(Document.class::cast).toList();
    }
}
