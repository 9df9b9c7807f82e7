package qc.passerelle.wireserver;

import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;

/**
 * The in-memory backend of the tests, its queries narrowed by {@code _id} and unique keys ({@link KeyLookupIndex}), a
 * list of ids matched through a set ({@link IdInMatch}), as on the local stack's backend. Unlike that one, it hands
 * queries the stored documents themselves, not copies ({@link StoredCopies}): mongo-java-server's memory collection
 * keeps an update by changing the stored instance, and has no way to replace it.
 */
public class KeyedMemoryBackend extends MemoryBackend {

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new MemoryDatabase(databaseName, getCursorRegistry()) {
            @Override
            protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
                return new MemoryCollection(this, collectionName, options, getCursorRegistry()) {
                    private final IdInMatch idIn = new IdInMatch(super::documentMatchesQuery);

                    @Override
                    protected boolean documentMatchesQuery(Document document, Document query) {
                        return idIn.matches(document, query);
                    }
                };
            }

            @Override
            protected Index<Integer> openOrCreateUniqueIndex(String collectionName, String indexName,
                                                             List<IndexKey> keys, boolean sparse) {
                return KeyLookupIndex.over(super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse),
                        indexName, keys, sparse);
            }
        };
    }
}
