package qc.passerelle.agri.worker;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The ids of a scope's bucket documents in {@code worker_directory}.
 * <ul>
 *   <li>{@code <kind>:<value>|h<NNN>}, e.g. {@code country:MX|h042}: where entries are written, by a hash of the
 *   worker id alone, 000 to 255.</li>
 *   <li>{@code <kind>:<value>|<letter><0-3>}, e.g. {@code country:MX|G1}: where the previous version wrote them, by
 *   the first letter of the family name (A-Z, or # for any other) and the worker id's hash modulo 4. Still read, so
 *   that the directory needs no migration, and still cleared by a transfer; never written to otherwise.</li>
 * </ul>
 * The two never collide: a new id has a lower-case {@code h} and three digits after the {@code |}, an old one an
 * upper-case letter or {@code #} and one digit.
 */
final class DirectoryBuckets {

    /**
     * Buckets per scope. The local wire server clones, compares and re-encodes a whole document at every update and
     * again at every commit, so what an arrival costs follows the size of its buckets, which must not grow with the
     * season: a whole season's largest country (~11,000 workers) gives ~45 entries, ~15-20 KB, per bucket. Family
     * names are too skewed to spread them (the old letter buckets of G, H, L, M reached 110 KB), so only the id counts.
     */
    static final int COUNT = 256;

    private static final String LEGACY_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ#";
    private static final int LEGACY_SPREAD = 4;

    private DirectoryBuckets() {
    }

    /** The bucket a worker's entry is written to (String.hashCode is specified, so the same on every instance). */
    static String of(WorkerDirectory.Scope scope, String workerId) {
        return hashed(scope, Math.floorMod(workerId.hashCode(), COUNT));
    }

    /** The bucket the previous version wrote the worker's entry to, as it chose it. */
    static String legacyOf(WorkerDirectory.Scope scope, String familyName, String workerId) {
        char first = familyName.isEmpty() ? '#' : Character.toUpperCase(
                Normalizer.normalize(familyName.substring(0, 1), Normalizer.Form.NFD).charAt(0));
        char letter = LEGACY_LETTERS.indexOf(first) >= 0 ? first : '#';
        return scope.prefix() + letter + Math.floorMod(workerId.hashCode(), LEGACY_SPREAD);
    }

    /** Every bucket of the scope, the previous version's and the current ones, to read in one query. */
    static List<String> all(WorkerDirectory.Scope scope) {
        List<String> ids = new ArrayList<>(LEGACY_LETTERS.length() * LEGACY_SPREAD + COUNT);
        for (char letter : LEGACY_LETTERS.toCharArray()) {
            for (int spread = 0; spread < LEGACY_SPREAD; spread++) {
                ids.add(scope.prefix() + letter + spread);
            }
        }
        for (int bucket = 0; bucket < COUNT; bucket++) {
            ids.add(hashed(scope, bucket));
        }
        return ids;
    }

    private static String hashed(WorkerDirectory.Scope scope, int bucket) {
        String digits = Integer.toString(bucket); // String.format costs more than the lookup it names
        return scope.prefix() + "h" + "0".repeat(Math.max(0, 3 - digits.length())) + digits;
    }
}
