package qc.passerelle.wireserver;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The key of a unique index ({@code _id} above all), ordered by its values as MongoDB orders them and stored as BSON
 * values. H2's default type does not know mongo-java-server's {@code KeyValue} and compares two of them by
 * serialising both: every lookup in an index serialised about 2 × log2(n) keys, a sixth of the store's CPU.
 */
final class KeyValueType extends BasicDataType<KeyValue> {

    static final KeyValueType INSTANCE = new KeyValueType();

    private static final byte BSON = 1;
    private static final byte SERIALIZED = 2;
    /** Not a BSON type: a field the document does not have. */
    private static final byte MISSING = 0;
    private static final ValueComparator ORDER = ValueComparator.ascWithoutListHandling();

    private final ObjectDataType fallback = new ObjectDataType();

    private KeyValueType() {
    }

    @Override
    public int compare(KeyValue a, KeyValue b) {
        int common = Math.min(a.size(), b.size());
        for (int i = 0; i < common; i++) {
            int order = ORDER.compare(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    @Override
    public int getMemory(KeyValue key) {
        int size = 48;
        for (Object value : key) {
            size += 8 + BsonDocumentType.MemoryEstimate.of(value);
        }
        return size;
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        ByteBuf bson = Unpooled.buffer(64);
        try {
            for (Object value : key) {
                if (value instanceof Missing) {
                    bson.writeByte(MISSING);
                } else {
                    byte type = BsonEncoder.determineType(value);
                    bson.writeByte(type);
                    BsonEncoder.encodeValue(type, value, bson);
                }
            }
        } catch (RuntimeException notBson) {
            buffer.put(SERIALIZED);
            fallback.write(buffer, key);
            return;
        }
        buffer.put(BSON).putVarInt(key.size()).putVarInt(bson.readableBytes());
        buffer.put(bson.array(), bson.arrayOffset() + bson.readerIndex(), bson.readableBytes());
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        if (buffer.get() == SERIALIZED) {
            return (KeyValue) fallback.read(buffer);
        }
        int count = DataUtils.readVarInt(buffer);
        int length = DataUtils.readVarInt(buffer);
        int start = buffer.position();
        ByteBuf bson = Unpooled.wrappedBuffer(buffer.duplicate().limit(start + length).position(start));
        buffer.position(start + length);
        List<Object> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte type = bson.readByte();
            values.add(type == MISSING ? Missing.getInstance() : BsonDecoder.decodeValue(type, bson));
        }
        return new KeyValue(values);
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }
}
