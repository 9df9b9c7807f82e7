package qc.passerelle.wireserver;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.KeyConstraintError;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A single-field unique index (the {@code _id} index above all) that also serves queries naming its field among
 * others: {@code {_id: x, version: 3}}, {@code {_id: {$in: [...]}, lease: {$lt: t}}}.
 *
 * <p>mongo-java-server uses an index only when the query's fields are exactly the index's, so every conditional write
 * (a version check, a relay's lease) read the whole collection: the cost of a command grew with the data stored. A
 * real MongoDB plans such a query on the {@code _id} index; this does the same. The index only chooses which documents
 * to look at; each is still matched against the whole query, so the answer is unchanged.
 */
final class KeyLookupIndex<P> extends Index<P> {

    private final Index<P> index;
    private final String field;

    private KeyLookupIndex(Index<P> index, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.index = index;
        this.field = keys.getFirst().getKey();
    }

    /** The index itself when it is not a single-field unique index: nothing else can narrow a query safely. */
    static <P> Index<P> over(Index<P> index, String name, List<IndexKey> keys, boolean sparse) {
        return keys.size() == 1 && index.isUnique() ? new KeyLookupIndex<>(index, name, keys, sparse) : index;
    }

    @Override
    public boolean canHandle(Document query) {
        return index.canHandle(query) || lookup(query) != null;
    }

    @Override
    public Iterable<P> getPositions(Document query) {
        return index.canHandle(query) ? index.getPositions(query) : index.getPositions(lookup(query));
    }

    /** The query reduced to its condition on this index's field, when that condition is an equality or an $in. */
    private Document lookup(Document query) {
        Object value = query.get(field);
        if (value == null || value instanceof Pattern || value instanceof Collection<?>) {
            return null;
        }
        if (value instanceof Document condition && condition.keySet().stream().anyMatch(k -> k.startsWith("$"))) {
            boolean onlyIn = condition.size() == 1 && condition.get("$in") instanceof Collection<?> values
                    && values.stream().noneMatch(v -> v == null || v instanceof Pattern || v instanceof Document);
            if (!onlyIn) {
                return null;
            }
        }
        Document lookup = new Document(field, value);
        return index.canHandle(lookup) ? lookup : null;
    }

    @Override
    public boolean isUnique() {
        return true;
    }

    @Override
    public P getPosition(Document document) {
        return index.getPosition(document);
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        index.checkAdd(document, collection);
    }

    @Override
    public void add(Document document, P position, MongoCollection<P> collection) {
        index.add(document, position, collection);
    }

    @Override
    public P remove(Document document) {
        return index.remove(document);
    }

    @Override
    public long getCount() {
        return index.getCount();
    }

    @Override
    public boolean isEmpty() {
        return index.isEmpty();
    }

    @Override
    public long getDataSize() {
        return index.getDataSize();
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        index.checkUpdate(oldDocument, newDocument, collection);
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, P position, MongoCollection<P> collection)
            throws KeyConstraintError {
        index.updateInPlace(oldDocument, newDocument, position, collection);
    }

    @Override
    public void drop() {
        index.drop();
    }
}
