package qc.passerelle.commonview.rebuild;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.bson.Document;

/**
 * The documents and arrays the scratch store made itself, known by identity: the only ones it changes in place
 * ({@link UpdateOperators}). A value a projection wrote may be shared with another document or still held by its
 * writer; it is copied, here, the first time a write reaches inside it.
 */
final class Owned {

    private final Set<Object> made = Collections.newSetFromMap(new IdentityHashMap<>());

    Document document() {
        return adopt(new Document());
    }

    /** A shallow copy: what it holds is copied in turn when a write reaches inside. */
    Document copy(Document document) {
        return adopt(new Document(document));
    }

    List<Object> list() {
        return adopt(new ArrayList<>());
    }

    List<Object> copy(List<?> list) {
        return adopt(new ArrayList<>(list));
    }

    boolean owns(Object container) {
        return made.contains(container);
    }

    <T> T adopt(T container) {
        made.add(container);
        return container;
    }

    /** Forgets them all (the documents were set down as bytes). */
    void clear() {
        made.clear();
    }
}
