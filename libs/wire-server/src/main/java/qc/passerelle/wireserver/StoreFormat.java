package qc.passerelle.wireserver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.function.Function;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The format of the local store's file. Format 1 (no marker) kept documents and index keys with H2's default types;
 * format 2 keeps them as BSON ({@link StoredMaps}). The types are not in the file, so a format 1 file opened as
 * format 2 would read garbage: {@link #upgrade} copies a format 1 file, map by map, into a format 2 file once, and
 * keeps the old one beside it ({@code <file>.format1}) until someone deletes it.
 */
public final class StoreFormat {

    private static final Logger log = LoggerFactory.getLogger(StoreFormat.class);
    static final String MARKER_MAP = "passerelle.format";
    static final int CURRENT = 2;

    private StoreFormat() {
    }

    /**
     * Brings the file at {@code file} to the current format (nothing to do for a new or current file), opening stores
     * with {@code opener} (the caller's settings: commits, retention).
     */
    public static void upgrade(Path file, Function<Path, MVStore> opener) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        int format;
        try (MVStore store = opener.apply(file)) {
            format = formatOf(store);
        }
        if (format == CURRENT) {
            return;
        }
        Path old = file.resolveSibling(file.getFileName() + ".format" + format);
        Path next = file.resolveSibling(file.getFileName() + ".upgrading");
        Files.deleteIfExists(next);
        long copied = 0;
        try (MVStore from = opener.apply(file); MVStore to = opener.apply(next)) {
            for (String name : from.getMapNames()) {
                MVMap<Object, Object> source = from.openMap(name);
                MVMap<Object, Object> target = StoredMaps.any(to, name);
                for (Map.Entry<Object, Object> entry : source.entrySet()) {
                    target.put(entry.getKey(), entry.getValue());
                    if (++copied % 20_000 == 0) {
                        to.commit();   // a large store is not held in memory whole
                    }
                }
            }
            mark(to);
            to.commit();
            to.sync();
        }
        Files.move(file, old, StandardCopyOption.REPLACE_EXISTING);
        Files.move(next, file, StandardCopyOption.ATOMIC_MOVE);
        log.info("local store {} upgraded from format {} to {} ({} entries); the old file is kept as {}",
                file, format, CURRENT, copied, old);
    }

    /** Marks a new store with the current format; call once the store is open, before any data is written. */
    public static void markIfNew(MVStore store) {
        if (formatOf(store) != CURRENT) {
            if (store.getMapNames().stream().anyMatch(name -> name.startsWith(StoredMaps.DATA_PREFIX))) {
                throw new IllegalStateException("a store of format " + formatOf(store) + " must be upgraded first");
            }
            mark(store);
        }
    }

    static int formatOf(MVStore store) {
        if (!store.hasMap(MARKER_MAP)) {
            return 1;
        }
        MVMap<String, Integer> marker = store.openMap(MARKER_MAP);
        return marker.getOrDefault("format", 1);
    }

    private static void mark(MVStore store) {
        MVMap<String, Integer> marker = store.openMap(MARKER_MAP);
        marker.put("format", CURRENT);
    }
}
