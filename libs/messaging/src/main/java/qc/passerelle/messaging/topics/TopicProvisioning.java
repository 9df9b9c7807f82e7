package qc.passerelle.messaging.topics;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Provisions the service's topics at start-up, in the background and until it succeeds: a service starts (and says
 * so on its health page) even while the broker is away, and its relay simply waits for the topic.
 */
public class TopicProvisioning implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TopicProvisioning.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final TopicProvisioner provisioner;
    private final List<String> owned;
    private volatile boolean done;
    private volatile boolean running;
    private Thread thread;

    public TopicProvisioning(TopicProvisioner provisioner, List<String> owned) {
        this.provisioner = provisioner;
        this.owned = owned;
    }

    public boolean done() {
        return done;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().name("topic-provisioning").daemon().start(() -> {
            long pause = 500;
            while (!done && running) {
                try {
                    provisioner.provision(owned, TIMEOUT);
                    done = true;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (Exception e) {
                    log.warn("topics {} not provisioned yet ({}); trying again in {} ms", owned, e.toString(), pause);
                    try {
                        Thread.sleep(pause);
                    } catch (InterruptedException stop) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    pause = Math.min(pause * 2, 30_000);
                }
            }
        });
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the relay and the consumers. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1000;
    }
}
