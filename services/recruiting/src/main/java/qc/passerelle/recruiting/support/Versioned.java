package qc.passerelle.recruiting.support;

import java.util.List;
import qc.passerelle.messaging.outbox.CommandKeys;

/** An aggregate document as {@link AggregateChanges} sees it: its id, how many events it produced, the keys applied. */
public interface Versioned {

    String id();

    long version();

    List<CommandKeys.CommandKey> commandKeys();
}
