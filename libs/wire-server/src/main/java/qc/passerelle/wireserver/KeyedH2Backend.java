package qc.passerelle.wireserver;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.stream.Stream;
import org.h2.mvstore.MVStore;

/**
 * The on-disk backend of the local stack: documents and index keys stored in the store's own format
 * ({@link StoredMaps}, {@link StoreFormat}), queries narrowed by {@code _id} and unique keys ({@link KeyLookupIndex}),
 * a list of ids matched through a set ({@link IdInMatch}), and what a query hands on copied ({@link StoredCopies}).
 * A file of an older format must go through {@link StoreFormat#upgrade} before it is opened here.
 */
public class KeyedH2Backend extends H2Backend {

    public KeyedH2Backend(MVStore store) {
        super(marked(store));
    }

    private static MVStore marked(MVStore store) {
        try {
            StoreFormat.markIfNew(store);
        } catch (IllegalStateException olderFormat) {
            store.close();
            throw olderFormat;
        }
        return store;
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        MVStore store = getMvStore();
        return new H2Database(databaseName, store, getCursorRegistry()) {
            @Override
            protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName,
                                                            List<IndexKey> keys, boolean sparse) {
                String map = getFullCollectionNamespace(collectionName) + StoredMaps.INDEX_INFIX + indexName;
                return KeyLookupIndex.over(new KeyedH2UniqueIndex(StoredMaps.index(store, map), indexName, keys, sparse),
                        indexName, keys, sparse);
            }

            @Override
            protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
                String namespace = getFullCollectionNamespace(collectionName);
                return new H2Collection(this, collectionName, options,
                        StoredMaps.documents(store, StoredMaps.DATA_PREFIX + namespace),
                        store.openMap("meta." + namespace), getCursorRegistry()) {
                    private final IdInMatch idIn = new IdInMatch(super::documentMatchesQuery);

                    @Override
                    protected boolean documentMatchesQuery(Document document, Document query) {
                        return idIn.matches(document, query);
                    }

                    @Override
                    protected QueryResult matchDocumentsFromStream(Stream<Document> documents, Document query,
                                                                   Document orderBy, int skip, int limit, int batchSize,
                                                                   Document projection) {
                        return super.matchDocumentsFromStream(StoredCopies.ofMatching(documents, query,
                                this::documentMatchesQuery), query, orderBy, skip, limit, batchSize, projection);
                    }

                    /**
                     * No running total of the collection's size in bytes (only {@code collStats} shows it): keeping
                     * it encoded the old and the new document whole at every update, and wrote the collection's meta
                     * map at every write; a season's large per-scope documents made that a sixth of the store's CPU.
                     */
                    @Override
                    protected boolean tracksDataSize() {
                        return false;
                    }
                };
            }
        };
    }
}
