package qc.passerelle.recruiting.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import qc.passerelle.messaging.store.TimeOrderedIds;

/**
 * Ids. Where a rule says "one X per Y" (one application per candidate and job offer, one employment offer per
 * application) the id is derived from Y, so the store's own {@code _id} uniqueness enforces the rule in the write that
 * creates X, on any deployment and without a secondary index. A digest keeps such ids within the contracts' 64
 * characters whatever the length of their parts.
 */
public final class DerivedIds {

    private DerivedIds() {
    }

    public static String fresh(String prefix) {
        return prefix + "-" + TimeOrderedIds.next();
    }

    public static String derived(String prefix, String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return prefix + "-" + HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
