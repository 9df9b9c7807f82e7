package qc.passerelle.commonview.readmodel;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;

/**
 * Whether the projections are replaying the topics from offset zero (a rebuild): then they rebuild state only.
 * Alerts are not raised again (the alerts topic brings back the ones raised in the live run) and no change is sent
 * to the live streams (a reset is, at the end).
 */
@Component
public class Replay {

    private final AtomicBoolean active = new AtomicBoolean();

    public boolean active() {
        return active.get();
    }

    public boolean begin() {
        return active.compareAndSet(false, true);
    }

    public void end() {
        active.set(false);
    }
}
