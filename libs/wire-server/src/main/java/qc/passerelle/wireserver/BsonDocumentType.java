package qc.passerelle.wireserver;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * A stored document as BSON, the format it came in, instead of H2's default: Java serialisation, which took a third
 * of the local store's CPU under load (class descriptors and reflection for every map of every document, at every
 * commit). A value BSON cannot hold is kept the old way, behind its own tag, so no write can fail here.
 */
final class BsonDocumentType extends BasicDataType<Document> {

    static final BsonDocumentType INSTANCE = new BsonDocumentType(Boolean.getBoolean(EncodedDocuments.CHECK_PROPERTY));

    private static final byte BSON = 1;
    private static final byte SERIALIZED = 2;

    private final ObjectDataType fallback = new ObjectDataType();
    private final EncodedDocuments encoded;

    BsonDocumentType(boolean checkEncodings) {
        this.encoded = new EncodedDocuments(checkEncodings);
    }

    @Override
    public int getMemory(Document document) {
        return MemoryEstimate.of(document);
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        byte[] known = encoded.get(document);
        if (known != null && !encoded.checking()) {
            encoded.reused();
            buffer.put(BSON);
            buffer.put(known);
            return;
        }
        byte[] bson;
        try {
            bson = encode(document);
        } catch (RuntimeException notBson) {
            buffer.put(SERIALIZED);
            fallback.write(buffer, document);
            return;
        }
        if (known != null && !Arrays.equals(known, bson)) {
            throw new IllegalStateException("a stored document changed after it was encoded: " + document.get("_id"));
        }
        encoded.put(document, bson);
        buffer.put(BSON);
        buffer.put(bson);
    }

    @Override
    public Document read(ByteBuffer buffer) {
        if (buffer.get() == SERIALIZED) {
            return (Document) fallback.read(buffer);
        }
        int start = buffer.position();
        int length = Integer.reverseBytes(buffer.getInt(start));   // BSON is little-endian
        byte[] bson = new byte[length];
        buffer.get(bson);
        Document document = BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
        // the page it is in may be written again for a neighbour's sake: these are its bytes then
        encoded.put(document, bson);
        return document;
    }

    private static byte[] encode(Document document) {
        ByteBuf bson = Unpooled.buffer(256);
        BsonEncoder.encodeDocument(document, bson);
        byte[] bytes = new byte[bson.readableBytes()];
        bson.readBytes(bytes);
        return bytes;
    }

    /** How many instances have their encoding kept, and how many times one was written again from it. */
    long[] encodings() {
        return new long[] {encoded.size(), encoded.reuses()};
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }

    /** Heap bytes of a decoded value, roughly: what H2 needs to size its pages and its cache, cheaply. */
    static final class MemoryEstimate {

        private MemoryEstimate() {
        }

        static int of(Object value) {
            if (value instanceof Map<?, ?> map) {
                int size = 64;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    size += 48 + of(entry.getKey()) + of(entry.getValue());
                }
                return size;
            }
            if (value instanceof Collection<?> values) {
                int size = 40;
                for (Object each : values) {
                    size += 8 + of(each);
                }
                return size;
            }
            if (value instanceof String text) {
                return 48 + text.length();
            }
            if (value instanceof byte[] bytes) {
                return 24 + bytes.length;
            }
            return 24;
        }
    }
}
