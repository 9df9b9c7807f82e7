package qc.passerelle.wireserver;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * How the local store's maps are opened: a collection's documents as BSON ({@link BsonDocumentType}), a unique index's
 * keys in MongoDB's order ({@link KeyValueType}), anything else with H2's defaults. H2 does not record a map's types
 * in the file, so every open of a map must name the same ones: this is the one place that does, for the backend and for
 * {@link StoreFormat}'s upgrade of an older file.
 */
final class StoredMaps {

    static final String DATA_PREFIX = "databases.";
    static final String INDEX_INFIX = "._index_";

    private StoredMaps() {
    }

    static MVMap<Object, Document> documents(MVStore store, String name) {
        return store.openMap(name, new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE));
    }

    static MVMap<KeyValue, Object> index(MVStore store, String name) {
        return store.openMap(name, new MVMap.Builder<KeyValue, Object>().keyType(KeyValueType.INSTANCE));
    }

    /** Any map of the store, with the types its name calls for. */
    @SuppressWarnings("unchecked")
    static MVMap<Object, Object> any(MVStore store, String name) {
        if (name.startsWith(DATA_PREFIX)) {
            return (MVMap<Object, Object>) (MVMap<?, ?>) documents(store, name);
        }
        if (name.contains(INDEX_INFIX)) {
            return (MVMap<Object, Object>) (MVMap<?, ?>) index(store, name);
        }
        return store.openMap(name);
    }
}
