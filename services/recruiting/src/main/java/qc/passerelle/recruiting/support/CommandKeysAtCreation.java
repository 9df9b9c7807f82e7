package qc.passerelle.recruiting.support;

import java.util.List;
import java.util.Optional;
import qc.passerelle.messaging.outbox.CommandKeys;

/**
 * A created aggregate remembers the key and the fingerprint of the request that created it, so that a repeat of the
 * key is recognised as the same request (same answer) or another one (409) by {@code CreateOnce}.
 */
public final class CommandKeysAtCreation {

    private CommandKeysAtCreation() {
    }

    public static List<CommandKeys.CommandKey> of(Optional<String> key, String fingerprint) {
        return key.map(k -> List.of(new CommandKeys.CommandKey(k, fingerprint))).orElse(List.of());
    }

    public static boolean sameRequest(List<CommandKeys.CommandKey> keys, String fingerprint) {
        return keys != null && keys.stream().anyMatch(k -> k.fingerprint().equals(fingerprint));
    }
}
