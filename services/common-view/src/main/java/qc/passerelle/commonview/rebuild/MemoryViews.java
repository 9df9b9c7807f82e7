package qc.passerelle.commonview.rebuild;

import java.nio.ByteBuffer;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import org.bson.BsonBinaryReader;
import org.bson.BsonBinaryWriter;
import org.bson.Document;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodec;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import qc.passerelle.commonview.readmodel.ViewTarget;

/**
 * The scratch store a rebuild folds the replay into: every read model's documents in memory, read and updated by
 * {@code _id} the way the store does ({@link UpdateOperators}). Values go through the store's converter first, as
 * they would on their way to the store, so the documents end the same.
 *
 * <p>The documents are kept as objects: decoding and encoding them again at every batch was half of the fold's time.
 * A value written is kept as it was given, not copied (copying every value was a sixth of the fold): what a projection
 * writes is the store's from then on, as it would be once sent to the store, and the store changes in place only the
 * documents and arrays it made itself, copying any other first ({@link Owned}). A value that holds one of
 * those (a part of a document read back, written into another) is copied when written, so that no two documents
 * share what one of them changes. Objects take about four times the heap of their
 * BSON, though, so when the heap runs short ({@code heapShort}, asked after each write) every document is set down as
 * BSON bytes, and is decoded again only when a later batch touches it: a season too large for the heap as objects
 * is folded at the speed of bytes instead of failing. The documents {@link #byIds} answers are the stored objects,
 * for reading only. One rebuild's, never shared, used by one thread.
 */
final class MemoryViews implements ViewTarget {

    private static final DocumentCodec CODEC = new DocumentCodec();
    private static final DecoderContext DECODING = DecoderContext.builder().build();
    private static final EncoderContext ENCODING = EncoderContext.builder().isEncodingCollectibleDocument(true).build();

    private final MongoConverter converter;
    private final BooleanSupplier heapShort;
    /** By collection and id: a {@link Document}, or its BSON bytes once set down. */
    private final Map<String, Map<String, Object>> collections = new HashMap<>();
    private final Owned owned = new Owned();
    private int setDown;

    MemoryViews(MongoConverter converter, BooleanSupplier heapShort) {
        this.converter = converter;
        this.heapShort = heapShort;
    }

    @Override
    public Map<String, Document> byIds(String collection, Collection<String> ids) {
        Map<String, Object> documents = collections.getOrDefault(collection, Map.of());
        Map<String, Document> found = new LinkedHashMap<>();
        for (String id : ids) {
            Document document = document(documents, id);
            if (document != null) {
                found.put(id, document);
            }
        }
        return found;
    }

    @Override
    public void upsert(String collection, Map<String, List<Document>> updatesById) {
        Map<String, Object> documents = collections.computeIfAbsent(collection, c -> new HashMap<>());
        updatesById.forEach((id, updates) -> {
            Document document = document(documents, id);
            boolean inserting = document == null;
            if (inserting) {
                document = owned.document();
                document.put("_id", id);
                documents.put(id, document);
            }
            for (Document update : updates) {
                UpdateOperators.apply(document, converted(update), inserting, owned);
                inserting = false;
            }
        });
        if (heapShort.getAsBoolean()) {
            setDown();
        }
    }

    /** The stored document as an object again, if it was set down. */
    private Document document(Map<String, Object> documents, String id) {
        Object stored = documents.get(id);
        if (stored instanceof byte[] bytes) {
            Document document = owned.adopt(decode(bytes));
            documents.put(id, document);
            return document;
        }
        return (Document) stored;
    }

    /** Every document as its BSON bytes. */
    private void setDown() {
        for (Map<String, Object> documents : collections.values()) {
            documents.replaceAll((id, stored) -> stored instanceof Document document ? encode(document) : stored);
        }
        owned.clear();
        setDown++;
    }

    /** How many times the documents were set down as bytes for want of heap. */
    int setDownCount() {
        return setDown;
    }

    /**
     * The update with each value as the store would receive it: most are already (the same update is answered), the
     * rest are converted, and a value holding a part of a stored document is copied (the paths, escaped ids in them,
     * are kept as they are).
     */
    private Document converted(Document update) {
        for (Object paths : update.values()) {
            for (Object value : ((Document) paths).values()) {
                if (!asStored(value)) {
                    return copied(update);
                }
            }
        }
        return update;
    }

    private Document copied(Document update) {
        Document converted = new Document();
        update.forEach((operator, paths) -> {
            Document values = new Document();
            ((Document) paths).forEach((path, value) -> values.put(path, asStored(value) ? value : stored(value)));
            converted.put(operator, values);
        });
        return converted;
    }

    /** Whether the store would take the value as it is, and it shares nothing this store changes in place. */
    private boolean asStored(Object value) {
        // the commonest first: text, then documents
        if (value == null || value instanceof String) {
            return true;
        }
        if (value instanceof Document d) {
            if (owned.owns(d)) {
                return false;
            }
            for (Map.Entry<String, Object> member : d.entrySet()) {
                if (!asStored(member.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Boolean || value instanceof Double
                || value instanceof java.util.Date) {
            return true;
        }
        if (value instanceof List<?> l) {
            if (owned.owns(l)) {
                return false;
            }
            for (Object member : l) {
                if (!asStored(member)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** Most values the store takes as they are (the converter would give them back unchanged); the rest converted. */
    private Object stored(Object value) {
        return switch (value) {
            case null -> null;
            case String s -> s;
            case Integer i -> i;
            case Long l -> l;
            case Double d -> d;
            case Boolean b -> b;
            case java.util.Date d -> d;
            case Document d -> {
                Document copy = new Document();
                d.forEach((key, member) -> copy.put(key, stored(member)));
                yield copy;
            }
            case List<?> l -> {
                List<Object> copy = new ArrayList<>(l.size());
                l.forEach(member -> copy.add(stored(member)));
                yield copy;
            }
            default -> owned(converter.convertToMongoType(value));
        };
    }

    /** What the converter answered, as the documents and lists a decoded document is made of. */
    private static Object owned(Object value) {
        return switch (value) {
            case Map<?, ?> m -> {
                Document copy = new Document();
                m.forEach((key, member) -> copy.put(String.valueOf(key), owned(member)));
                yield copy;
            }
            case Collection<?> c -> {
                List<Object> copy = new ArrayList<>(c.size());
                c.forEach(member -> copy.add(owned(member)));
                yield copy;
            }
            case null, default -> value;
        };
    }

    /** The collections that hold documents, by name. */
    Set<String> collections() {
        return new TreeSet<>(collections.keySet());
    }

    /**
     * The documents of a collection as the store will receive them; one set down as bytes is decoded when it is
     * reached (a batch of the copy at a time, not the whole collection at once).
     */
    List<Document> documents(String collection) {
        Object[] stored = collections.getOrDefault(collection, Map.of()).values().toArray();
        return new AbstractList<>() {
            @Override
            public Document get(int index) {
                return stored[index] instanceof byte[] bytes ? decode(bytes) : (Document) stored[index];
            }

            @Override
            public int size() {
                return stored.length;
            }
        };
    }

    /** How many documents the store holds. */
    long size() {
        long documents = 0;
        for (Map<String, Object> collection : collections.values()) {
            documents += collection.size();
        }
        return documents;
    }

    private static Document decode(byte[] bytes) {
        try (BsonBinaryReader reader = new BsonBinaryReader(ByteBuffer.wrap(bytes))) {
            return CODEC.decode(reader, DECODING);
        }
    }

    private static byte[] encode(Document document) {
        BasicOutputBuffer buffer = new BasicOutputBuffer(1024);
        try (BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
            CODEC.encode(writer, document, ENCODING);
        }
        return buffer.toByteArray();
    }
}
