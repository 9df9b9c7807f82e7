package qc.passerelle.commonview.rebuild;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.BsonBinaryReader;
import org.bson.BsonBinaryWriter;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodec;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import qc.passerelle.commonview.readmodel.ViewTarget;

/**
 * The scratch store a rebuild folds the replay into: every read model's documents in memory, each kept as its BSON
 * bytes (what the store would hold, a few times smaller than the documents as objects), read and updated by
 * {@code _id} the way the store does ({@link UpdateOperators}). Values go through the store's converter first, as
 * they would on their way to the store, so the documents end the same. One rebuild's, never shared.
 */
final class MemoryViews implements ViewTarget {

    private static final DocumentCodec CODEC = new DocumentCodec();
    private static final DecoderContext DECODING = DecoderContext.builder().build();
    private static final EncoderContext ENCODING = EncoderContext.builder().isEncodingCollectibleDocument(true).build();

    private final MongoConverter converter;
    private final Map<String, Map<String, byte[]>> collections = new ConcurrentHashMap<>();

    MemoryViews(MongoConverter converter) {
        this.converter = converter;
    }

    @Override
    public Map<String, Document> byIds(String collection, Collection<String> ids) {
        Map<String, byte[]> documents = collections.getOrDefault(collection, Map.of());
        Map<String, Document> found = new LinkedHashMap<>();
        for (String id : ids) {
            byte[] bytes = documents.get(id);
            if (bytes != null) {
                found.put(id, decode(bytes));
            }
        }
        return found;
    }

    @Override
    public void upsert(String collection, Map<String, List<Document>> updatesById) {
        Map<String, byte[]> documents = collections.computeIfAbsent(collection, c -> new HashMap<>());
        updatesById.forEach((id, updates) -> {
            byte[] bytes = documents.get(id);
            boolean inserting = bytes == null;
            Document document = inserting ? new Document("_id", id) : decode(bytes);
            for (Document update : updates) {
                UpdateOperators.apply(document, converted(update), inserting);
                inserting = false;
            }
            documents.put(id, encode(document));
        });
    }

    /** Each value as the store would receive it (the paths, escaped ids in them, are kept as they are). */
    private Document converted(Document update) {
        Document converted = new Document();
        update.forEach((operator, paths) -> {
            Document values = new Document();
            ((Document) paths).forEach((path, value) -> values.put(path, plain(value) ? value
                    : converter.convertToMongoType(value)));
            converted.put(operator, values);
        });
        return converted;
    }

    /** A value the store takes as it is (the converter would give it back unchanged): most of them. */
    private static boolean plain(Object value) {
        return switch (value) {
            case null -> true;
            case String s -> true;
            case Integer i -> true;
            case Long l -> true;
            case Double d -> true;
            case Boolean b -> true;
            case java.util.Date d -> true;
            case Document d -> allPlain(d.values());
            case List<?> l -> allPlain(l);
            default -> false;
        };
    }

    private static boolean allPlain(Collection<?> values) {
        for (Object value : values) {
            if (!plain(value)) {
                return false;
            }
        }
        return true;
    }

    /** The collections that hold documents, by name. */
    Set<String> collections() {
        return new TreeSet<>(collections.keySet());
    }

    /** The documents of a collection as the store will receive them. */
    List<RawBsonDocument> documents(String collection) {
        return collections.getOrDefault(collection, Map.of()).values().stream().map(RawBsonDocument::new).toList();
    }

    /** How many documents, and how many bytes, the store holds. */
    long[] size() {
        long documents = 0;
        long bytes = 0;
        for (Map<String, byte[]> collection : collections.values()) {
            documents += collection.size();
            for (byte[] document : collection.values()) {
                bytes += document.length;
            }
        }
        return new long[] {documents, bytes};
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
