package qc.passerelle.wireserver;

import de.bwaldvogel.mongo.bson.Document;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

/**
 * What a query hands on is a copy of each stored document, never the stored instance.
 *
 * <p>mongo-java-server updates a document by changing the stored instance in place (fields removed and put), outside
 * any lock a reader holds: a reply being encoded for another connection, or the store's committer writing the page,
 * could meet it half changed. Under a season's load that failed replies with a {@code ConcurrentModificationException}
 * (the client saw a dropped connection and waited up to half a second to reconnect), and could as well have sent a
 * document half updated. With a copy per query, the instance an update changes is its own, and it replaces the stored
 * one whole ({@code handleUpdate}); a stored instance is never changed again. The copy is of the top level only: an
 * update puts new values there and never changes a nested one in place.
 */
final class StoredCopies {

    private StoredCopies() {
    }

    /** The documents that match, each copied. */
    static Stream<Document> ofMatching(Stream<Document> stored, Document query, BiPredicate<Document, Document> matches) {
        return stored.filter(document -> matches.test(document, query)).map(Document::new);
    }
}
