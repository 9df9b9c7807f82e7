package qc.passerelle.messaging.outbox;

import java.util.List;

/** The collections whose documents carry outbox events; each service declares its own. */
public record OutboxCollections(List<String> names) {

    public static OutboxCollections of(String... names) {
        return new OutboxCollections(List.of(names));
    }
}
