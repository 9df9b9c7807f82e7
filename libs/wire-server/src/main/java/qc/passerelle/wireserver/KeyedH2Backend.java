package qc.passerelle.wireserver;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import java.util.List;
import org.h2.mvstore.MVStore;

/** The on-disk backend of the local stack, its queries narrowed by {@code _id} and unique keys ({@link KeyLookupIndex}). */
public class KeyedH2Backend extends H2Backend {

    public KeyedH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new H2Database(databaseName, getMvStore(), getCursorRegistry()) {
            @Override
            protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName,
                                                            List<IndexKey> keys, boolean sparse) {
                return KeyLookupIndex.over(super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse),
                        indexName, keys, sparse);
            }
        };
    }
}
