package qc.passerelle.messaging.outbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Idempotency-Keys of the commands that changed an existing aggregate, kept in the aggregate's document
 * ({@value #FIELD}) with a fingerprint of the request, so that key, change and events are one write. The same key
 * with the same request answers the current state and publishes nothing; the same key with another request is a
 * conflict (409).
 */
public final class CommandKeys {

    public static final String FIELD = "commandKeys";

    /** One command already applied: the caller's key and what it asked for. */
    public record CommandKey(String key, String fingerprint) {
    }

    private CommandKeys() {
    }

    /** A stable fingerprint of what a command asked: its name and its request (records print all their fields). */
    public static String fingerprint(String command, Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((command + ":" + request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * True when this key was already applied with this request; false when it is new; a 409 when it came with
     * another request.
     */
    public static boolean alreadyApplied(List<CommandKey> applied, Optional<String> key, String fingerprint) {
        if (key.isEmpty() || applied == null) {
            return false;
        }
        for (CommandKey earlier : applied) {
            if (earlier.key().equals(key.get())) {
                if (!earlier.fingerprint().equals(fingerprint)) {
                    throw CreateOnce.reusedKey(key.get());
                }
                return true;
            }
        }
        return false;
    }

    /** Adds the key to the command's update, in the same write as the change and its events. */
    public static Update remember(Update update, Optional<String> key, String fingerprint) {
        key.ifPresent(k -> update.push(FIELD, new CommandKey(k, fingerprint)));
        return update;
    }
}
