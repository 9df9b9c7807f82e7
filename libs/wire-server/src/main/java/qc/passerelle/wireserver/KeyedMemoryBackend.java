package qc.passerelle.wireserver;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import java.util.List;

/** The in-memory backend of the tests, its queries narrowed by {@code _id} and unique keys ({@link KeyLookupIndex}). */
public class KeyedMemoryBackend extends MemoryBackend {

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new MemoryDatabase(databaseName, getCursorRegistry()) {
            @Override
            protected Index<Integer> openOrCreateUniqueIndex(String collectionName, String indexName,
                                                             List<IndexKey> keys, boolean sparse) {
                return KeyLookupIndex.over(super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse),
                        indexName, keys, sparse);
            }
        };
    }
}
