package qc.passerelle.commonview.readmodel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The writes of one batch to several read models, one ordered bulk write per collection, every one of them by
 * {@code _id} alone (the only filter the local wire server answers from an index, ADR 0014). Guarded state is written
 * with {@code $max} on {@code {seq, ...}} ({@link #guarded}), so the guard is kept by the store in the same step.
 * The updates of one document in a batch are merged into one ({@link #combine}): a document touched by many events
 * costs one round of the store's update path, not one per event.
 */
public final class ViewWrites {

    private static final Set<String> MERGEABLE = Set.of("$set", "$setOnInsert", "$max", "$addToSet");

    private final ViewTarget target;
    private final Map<String, Map<String, List<Document>>> pending = new LinkedHashMap<>();

    public ViewWrites(MongoTemplate mongo) {
        this(ViewTarget.of(mongo));
    }

    public ViewWrites(ViewTarget target) {
        this.target = target;
    }

    /** Creates the document if needed and applies the update (facts, sets keyed by id, guarded state). */
    public ViewWrites upsert(String collection, String id, Update update) {
        return upsert(collection, id, copy(update.getUpdateObject()));
    }

    /** {@code next} is this instance's from now on (it may be merged into). */
    private ViewWrites upsert(String collection, String id, Document next) {
        List<Document> updates = pending.computeIfAbsent(collection, c -> new LinkedHashMap<>())
                .computeIfAbsent(id, i -> new ArrayList<>());
        if (updates.isEmpty() || !combine(updates.get(updates.size() - 1), next)) {
            updates.add(next);
        }
        return this;
    }

    /**
     * The document's guarded state: {@code field} becomes {@code state} only if the sequence is above the one there
     * ({@code state} starts with {@code seq}; equal sequences keep the larger value, i.e. the one with more known).
     */
    public static Update guarded(Update update, String field, long sequence, Document state) {
        Document value = new Document("seq", sequence);
        value.putAll(state);
        return update.max(field, value);
    }

    /**
     * A summary of one source inside a per-scope document ({@code path} = map field + key), versioned by
     * {@code version}; all entries of one document in a batch go out as one update.
     */
    public ViewWrites entry(String collection, String id, String path, long version, Document summary) {
        Document value = new Document("v", version);
        value.putAll(summary);
        // the update as plain documents at once: these are most of a derivation's writes
        return upsert(collection, id, new Document("$max", new Document(path, value)));
    }

    /** A fact of a per-scope document, merged with its entries. */
    public ViewWrites fact(String collection, String id, String field, Object value) {
        return upsert(collection, id, new Document("$set", new Document(field, plain(value))));
    }

    public boolean isEmpty() {
        return pending.isEmpty();
    }

    public void execute() {
        pending.forEach(target::upsert);
        pending.clear();
    }

    /**
     * Folds {@code next} into {@code into} when the store would end in the same state either way: {@code $set} last
     * wins, {@code $setOnInsert} first wins, {@code $max} keeps the larger (a versioned value by its first field, its
     * sequence or version), {@code $addToSet} gathers the members. Anything else, or a path named by two operators,
     * is not folded (false): the two updates then go out one after the other.
     */
    static boolean combine(Document into, Document next) {
        for (String operator : next.keySet()) {
            if (!MERGEABLE.contains(operator)) {
                return false;
            }
            Document same = into.get(operator) instanceof Document d ? d : null;
            for (String path : ((Document) next.get(operator)).keySet()) {
                if (same != null && same.containsKey(path)) {
                    continue; // already folded under this operator, so already found apart from the others
                }
                for (String other : into.keySet()) {
                    if (!other.equals(operator) && into.get(other) instanceof Document paths && overlaps(paths, path)) {
                        return false;
                    }
                }
            }
        }
        for (String operator : next.keySet()) {
            Document target = (Document) into.computeIfAbsent(operator, o -> new Document());
            ((Document) next.get(operator)).forEach((path, value) -> {
                switch (operator) {
                    case "$set" -> target.put(path, value);
                    case "$setOnInsert" -> target.putIfAbsent(path, value);
                    case "$max" -> target.merge(path, value, (a, b) -> larger(a, b));
                    default -> target.merge(path, value, ViewWrites::union);
                }
            });
        }
        return true;
    }

    private static boolean overlaps(Document paths, String path) {
        for (String other : paths.keySet()) {
            if (other.equals(path) || within(other, path) || within(path, other)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code path} names a field inside {@code parent} ({@code a.b} inside {@code a}). */
    private static boolean within(String path, String parent) {
        return path.length() > parent.length() && path.charAt(parent.length()) == '.' && path.startsWith(parent);
    }

    private static Object larger(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue()) >= 0 ? a : b;
        }
        if (a instanceof Document x && b instanceof Document y && !x.isEmpty() && !y.isEmpty()
                && x.values().iterator().next() instanceof Number vx && y.values().iterator().next() instanceof Number vy) {
            int order = Long.compare(vx.longValue(), vy.longValue());
            if (order != 0) {
                return order > 0 ? a : b;
            }
            // same sequence: the one that knows more (what the store's document comparison favours as well)
            return Versions.of(x) >= Versions.of(y) ? a : b;
        }
        return b;
    }

    @SuppressWarnings("unchecked")
    private static Object union(Object a, Object b) {
        List<Object> members = new ArrayList<>();
        for (Object value : List.of(a, b)) {
            if (value instanceof Document each && each.containsKey("$each")) {
                members.addAll((List<Object>) each.get("$each"));
            } else {
                members.add(value);
            }
        }
        List<Object> distinct = new ArrayList<>();
        for (Object member : members) {
            if (!distinct.contains(member)) {
                distinct.add(member);
            }
        }
        return new Document("$each", distinct);
    }

    /** An update as one entry of {@link ViewTarget#upsert}: plain documents, as this class sends them. */
    public static Document plain(Update update) {
        return copy(update.getUpdateObject());
    }

    /** The update as plain documents: Spring's modifiers ({@code $each}) become what the store reads. */
    private static Document copy(Document update) {
        Document copy = new Document();
        update.forEach((operator, paths) -> {
            if (paths instanceof Document d) {
                Document plain = new Document();
                d.forEach((path, value) -> plain.put(path, plain(value)));
                copy.put(operator, plain);
            } else {
                copy.put(operator, paths);
            }
        });
        return copy;
    }

    private static Object plain(Object value) {
        if (value instanceof Update.Modifiers modifiers) {
            Document plain = new Document();
            modifiers.getModifiers().forEach(m -> plain.put(m.getKey(), plain(m.getValue())));
            return plain;
        }
        if (value instanceof Update.Modifier modifier) {
            return new Document(modifier.getKey(), plain(modifier.getValue()));
        }
        if (value instanceof Object[] array) {
            return new ArrayList<>(List.of(array));
        }
        return value;
    }
}
