package qc.passerelle.commonview.rebuild;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.ObjectId;

/**
 * The update operators the projections write with ({@code $set}, {@code $setOnInsert}, {@code $max},
 * {@code $addToSet} with or without {@code $each}, on dotted paths), applied to a document in memory as MongoDB
 * applies them: missing parents created, {@code $max} and set membership decided by BSON's order of values
 * ({@link #compare}). Anything else is refused, so that a projection that starts using another operator fails
 * the rebuild's tests instead of ending in other documents.
 *
 * <p>Values are put in as they were written, not copied: only the documents and arrays the scratch store made
 * ({@link Owned}) are changed in place. Any other one a path reaches inside, or a set takes a member into, is copied
 * first, so a value written whole, perhaps shared with another document or still held by its writer, never changes
 * under them.
 */
final class UpdateOperators {

    private UpdateOperators() {
    }

    static void apply(Document document, Document update, boolean inserting, Owned owned) {
        update.forEach((operator, paths) -> ((Document) paths).forEach((path, value) -> {
            switch (operator) {
                case "$set" -> set(document, path, value, owned);
                case "$setOnInsert" -> {
                    if (inserting) {
                        set(document, path, value, owned);
                    }
                }
                case "$max" -> max(document, path, value, owned);
                case "$addToSet" -> addToSet(document, path, value, owned);
                default -> throw new IllegalArgumentException("update operator not kept in memory: " + operator);
            }
        }));
    }

    private static void set(Document document, String path, Object value, Owned owned) {
        Document parent = parent(document, path, owned);
        parent.put(leaf(path), value);
    }

    private static void max(Document document, String path, Object value, Owned owned) {
        Document parent = parent(document, path, owned);
        String leaf = leaf(path);
        if (!parent.containsKey(leaf) || compare(value, parent.get(leaf)) > 0) {
            parent.put(leaf, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static void addToSet(Document document, String path, Object value, Owned owned) {
        Document parent = parent(document, path, owned);
        String leaf = leaf(path);
        List<Object> members = value instanceof Document each && each.containsKey("$each")
                ? (List<Object>) each.get("$each") : List.of(value);
        Object current = parent.get(leaf);
        List<Object> set;
        if (current == null && !parent.containsKey(leaf)) {
            set = owned.list();
            parent.put(leaf, set);
        } else if (current instanceof List<?> list) {
            if (owned.owns(list)) {
                set = (List<Object>) list;
            } else {
                set = owned.copy(list);
                parent.put(leaf, set);
            }
        } else {
            throw new IllegalStateException("$addToSet on " + path + ", which is not an array");
        }
        for (Object member : members) {
            if (!holds(set, member)) {
                set.add(member);
            }
        }
    }

    private static boolean holds(List<Object> set, Object member) {
        for (Object m : set) {
            if (compare(m, member) == 0) {
                return true;
            }
        }
        return false;
    }

    /** The document that holds the path's last field, created along the way if missing, copied if not owned. */
    private static Document parent(Document document, String path, Owned owned) {
        Document current = document;
        int from = 0;
        for (int dot = path.indexOf('.'); dot >= 0; dot = path.indexOf('.', from)) {
            String field = path.substring(from, dot);
            Object child = current.get(field);
            if (child == null && !current.containsKey(field)) {
                Document created = owned.document();
                current.put(field, created);
                current = created;
            } else if (child instanceof Document d) {
                if (!owned.owns(d)) {
                    d = owned.copy(d);
                    current.put(field, d);
                }
                current = d;
            } else {
                throw new IllegalStateException("cannot create " + path + " inside a value that is not a document");
            }
            from = dot + 1;
        }
        return current;
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /**
     * BSON's order of values: by type first (null, numbers, strings, documents, arrays, binary data, object ids,
     * booleans, dates), then numbers by value, strings by their bytes, documents pair by pair (the type of the
     * value, then the name, then the value) and arrays item by item, the shorter first when one is a prefix.
     */
    static int compare(Object a, Object b) {
        int order = Integer.compare(rank(a), rank(b));
        if (order != 0) {
            return order;
        }
        return switch (a) {
            case null -> 0;
            case Number x -> compareNumbers(x, (Number) b);
            case String x -> compareStrings(x, (String) b);
            case Map<?, ?> x -> compareDocuments(x, (Map<?, ?>) b);
            case List<?> x -> compareLists(x, (List<?>) b);
            case Boolean x -> Boolean.compare(x, (Boolean) b);
            case Date x -> x.compareTo((Date) b);
            case ObjectId x -> x.compareTo((ObjectId) b);
            default -> a.equals(b) ? 0 : a.toString().compareTo(b.toString());
        };
    }

    private static int rank(Object value) {
        return switch (value) {
            case null -> 1;
            case Number n -> 2;
            case String s -> 3;
            case Map<?, ?> m -> 4;
            case List<?> l -> 5;
            case Binary b -> 6;
            case byte[] b -> 6;
            case ObjectId o -> 7;
            case Boolean b -> 8;
            case Date d -> 9;
            default -> 10;
        };
    }

    private static int compareNumbers(Number x, Number y) {
        boolean integral = (x instanceof Long || x instanceof Integer) && (y instanceof Long || y instanceof Integer);
        return integral ? Long.compare(x.longValue(), y.longValue()) : Double.compare(x.doubleValue(), y.doubleValue());
    }

    /**
     * By their UTF-8 bytes, as the store compares them. Below the surrogates, UTF-16 units are in the same order as
     * the UTF-8 bytes of their code points, so the bytes are only made when a string holds one at or above them.
     */
    private static int compareStrings(String x, String y) {
        int length = Math.min(x.length(), y.length());
        for (int i = 0; i < length; i++) {
            char a = x.charAt(i);
            char b = y.charAt(i);
            if (a != b) {
                if (a < Character.MIN_SURROGATE && b < Character.MIN_SURROGATE) {
                    return Character.compare(a, b);
                }
                return java.util.Arrays.compareUnsigned(x.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        y.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return Integer.compare(x.length(), y.length());
    }

    private static int compareDocuments(Map<?, ?> x, Map<?, ?> y) {
        var left = x.entrySet().iterator();
        var right = y.entrySet().iterator();
        while (left.hasNext() && right.hasNext()) {
            Map.Entry<?, ?> a = left.next();
            Map.Entry<?, ?> b = right.next();
            int order = Integer.compare(rank(a.getValue()), rank(b.getValue()));
            if (order == 0) {
                order = compareStrings(String.valueOf(a.getKey()), String.valueOf(b.getKey()));
            }
            if (order == 0) {
                order = compare(a.getValue(), b.getValue());
            }
            if (order != 0) {
                return order;
            }
        }
        return Boolean.compare(left.hasNext(), right.hasNext());
    }

    private static int compareLists(List<?> x, List<?> y) {
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            int order = compare(x.get(i), y.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(x.size(), y.size());
    }
}
