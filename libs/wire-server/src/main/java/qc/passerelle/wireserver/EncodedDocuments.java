package qc.passerelle.wireserver;

import de.bwaldvogel.mongo.bson.Document;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The BSON of each stored document instance, kept while the instance lives. H2 writes a page whole when any of its
 * documents changed, so at every commit the unchanged documents beside a changed one were encoded again: half of the
 * committer's time under a season's load (JFR). A stored instance is never changed once it is in the map (queries
 * hand on copies, {@link StoredCopies}; an update stores a new instance), so its encoding stays true for its life.
 * Held by identity and weakly: an instance the store dropped takes its bytes with it.
 *
 * <p>With {@code -Dpasserelle.wire.check-encodings=true} (every test run by Maven), every encoding found here is
 * checked against a new one, and a difference fails the commit instead of writing a stale document.
 */
final class EncodedDocuments {

    static final String CHECK_PROPERTY = "passerelle.wire.check-encodings";

    private final ConcurrentHashMap<Key, byte[]> encodings = new ConcurrentHashMap<>();
    private final ReferenceQueue<Document> dropped = new ReferenceQueue<>();
    private final boolean check;
    private final LongAdder reuses = new LongAdder();

    EncodedDocuments(boolean check) {
        this.check = check;
    }

    /** The document's encoding if this instance was encoded or read before, else null. */
    byte[] get(Document document) {
        return encodings.get(new Key(document, null));
    }

    void put(Document document, byte[] bson) {
        forgetDropped();
        encodings.put(new Key(document, dropped), bson);
    }

    boolean checking() {
        return check;
    }

    void reused() {
        reuses.increment();
    }

    long reuses() {
        return reuses.sum();
    }

    int size() {
        forgetDropped();
        return encodings.size();
    }

    private void forgetDropped() {
        for (Reference<? extends Document> gone = dropped.poll(); gone != null; gone = dropped.poll()) {
            encodings.remove((Key) gone);
        }
    }

    /** An instance by identity; the one in the map does not keep it alive. */
    private static final class Key extends WeakReference<Document> {

        private final int hash;

        Key(Document document, ReferenceQueue<Document> queue) {
            super(document, queue);
            this.hash = System.identityHashCode(document);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Key key) || key.hash != hash) {
                return false;
            }
            Document mine = get();
            return mine != null && mine == key.get();
        }
    }
}
