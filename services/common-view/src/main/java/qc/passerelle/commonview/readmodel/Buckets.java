package qc.passerelle.commonview.readmodel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A scope's entries (a country's nationals, a week's arrivals, an inbox's alerts...) spread over documents by entry
 * key, so that no document grows with the season: the local store clones, compares and re-encodes a whole document
 * at each update and again at each commit, and per-scope documents of 100 to 400 KB by a season's end, rewritten by
 * every batch, made a command's cost grow with the season.
 *
 * <p>Ids are {@code <scope>:<NNN>}. The documents of earlier versions, {@code <scope>} alone and
 * {@code <scope>:<NN>} (in {@code earlierCount} buckets), are still read: an entry found in several counts once, at
 * its newest version ({@link Views#newer}).
 */
public record Buckets(int count, int earlierCount) {

    public Buckets {
        if (count < 1 || count > 1000 || earlierCount < 0 || earlierCount > 100) {
            throw new IllegalArgumentException("ids have 3 digits, earlier ones 2");
        }
    }

    /** The document of {@code scope} that holds the entry of {@code key}. */
    public String of(String scope, String key) {
        return scope + ":" + Keys.digits(Keys.bucket(key, count), 3);
    }

    /** Every document {@code scope}'s entries may be in, those of earlier versions first. */
    public List<String> all(String scope) {
        List<String> ids = new ArrayList<>(1 + earlierCount + count);
        ids.add(scope);
        for (int bucket = 0; bucket < earlierCount; bucket++) {
            ids.add(scope + ":" + Keys.digits(bucket, 2));
        }
        for (int bucket = 0; bucket < count; bucket++) {
            ids.add(scope + ":" + Keys.digits(bucket, 3));
        }
        return ids;
    }

    /** Every document of these scopes, in one read by id. */
    public Map<String, Document> read(MongoTemplate mongo, String collection, Collection<String> scopes) {
        List<String> ids = new ArrayList<>();
        scopes.forEach(scope -> ids.addAll(all(scope)));
        return Views.byIds(mongo, collection, ids);
    }

    /** The entries under {@code field} of all of {@code scope}'s documents, read by id, each once at its newest. */
    public Map<String, Document> entries(MongoTemplate mongo, String collection, String scope, String field) {
        return merged(read(mongo, collection, List.of(scope)).values(), field);
    }

    /** The entries under {@code field} of these documents (of one scope), each once at its newest. */
    public static Map<String, Document> merged(Collection<Document> documents, String field) {
        Map<String, Document> entries = new LinkedHashMap<>();
        for (Document document : documents) {
            Views.entries(document, field).forEach((key, entry) -> entries.merge(key, entry, Views::newer));
        }
        return entries;
    }
}
