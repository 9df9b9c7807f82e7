package qc.passerelle.commonview.change;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Carries the change log to the open Server-Sent Events streams, each its own audience's changes only. One poller
 * reads the log by {@code _id} from where it got to and hands each change to the streams of its audience, in id
 * order. A stream opened with a {@code Last-Event-ID} first gets what it missed (as far as the log keeps it).
 * Ids are handed out in blocks before their changes are written, so a later block can land first: the poller moves
 * past a missing id only once it has been missing for {@code gap-wait} (a writer that died between the two steps).
 */
@Component
public class LiveStream implements SmartLifecycle {

    private static final int CHUNK = 500;

    private record Subscriber(String audience, SseEmitter emitter) {
    }

    private final ChangeLog log;
    private final Clock clock;
    private final Duration gapWait;
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private long cursor = -1;
    private Instant gapSeenAt;
    private Seen unreadSince;
    private volatile boolean running;

    LiveStream(ChangeLog log, Clock clock, @Value("${passerelle.common-view.stream.gap-wait:PT2S}") Duration gapWait) {
        this.log = log;
        this.clock = clock;
        this.gapWait = gapWait;
    }

    /** Opens a stream for an audience, first replaying what came after {@code lastEventId} (null: only what comes). */
    public synchronized SseEmitter open(String audience, Long lastEventId, boolean follow, Duration timeout) {
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        Subscriber subscriber = new Subscriber(audience, emitter);
        cursorAtTheEnd();
        if (subscribers.isEmpty()) {
            // the cursor lags while no stream is open (passUnread): brought to the end first, as the poller would have
            unreadSince = null;
            advance(log.lastId());
        }
        try {
            emitter.send(SseEmitter.event().comment("passerelle " + audience));
            if (lastEventId != null) {
                long from = Math.max(lastEventId + 1, cursor - log.retention() + 1);
                for (long chunk = from; chunk <= cursor; chunk += CHUNK) {
                    for (Document change : log.range(chunk, Math.min(cursor, chunk + CHUNK - 1))) {
                        send(subscriber, change);
                    }
                }
            }
        } catch (IOException | IllegalStateException gone) {
            emitter.completeWithError(gone);
            return emitter;
        }
        if (!follow) {
            emitter.complete();
            return emitter;
        }
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onTimeout(() -> subscribers.remove(subscriber));
        emitter.onError(e -> subscribers.remove(subscriber));
        subscribers.add(subscriber);
        return emitter;
    }

    private void cursorAtTheEnd() {
        if (cursor < 0) {
            cursor = log.lastId();
        }
    }

    @Scheduled(fixedDelayString = "${passerelle.common-view.stream.poll-interval:PT0.1S}")
    synchronized void poll() {
        cursorAtTheEnd();
        long last = log.lastId();
        if (subscribers.isEmpty()) {
            passUnread(last);
            return;
        }
        unreadSince = null;
        advance(last);
    }

    /** Hands the changes after the cursor up to {@code last} to the streams, waiting at a gap for up to gap-wait. */
    private void advance(long last) {
        while (cursor < last) {
            long to = Math.min(last, cursor + CHUNK);
            List<Document> found = log.range(cursor + 1, to);
            for (Document change : found) {
                long id = ((Number) change.get("_id")).longValue();
                if (id != cursor + 1 && !gapExpired()) {
                    return;
                }
                gapSeenAt = null;
                cursor = id;
                subscribers.forEach(s -> send(s, change));
            }
            if (cursor < to) {
                if (!gapExpired()) {
                    return;
                }
                cursor = to;
                gapSeenAt = null;
            }
        }
    }

    /**
     * No stream open: the cursor moves past the changes without reading them (under load, reading them all ten times a
     * second for nobody was a tenth of the service's CPU), but only up to the last id seen at least {@code gap-wait}
     * ago: an id handed out and not yet written is still waited for when a stream opens ({@link #open} reads from
     * the cursor to the end first, as the poller would have).
     */
    private void passUnread(long last) {
        Instant now = clock.instant();
        if (unreadSince == null) {
            unreadSince = new Seen(now, last);
        } else if (!now.isBefore(unreadSince.at().plus(gapWait))) {
            cursor = Math.max(cursor, unreadSince.lastId());
            gapSeenAt = null;
            unreadSince = new Seen(now, last);
        }
    }

    private record Seen(Instant at, long lastId) {
    }

    private boolean gapExpired() {
        Instant now = clock.instant();
        if (gapSeenAt == null) {
            gapSeenAt = now;
        }
        return !now.isBefore(gapSeenAt.plus(gapWait));
    }

    @Scheduled(fixedDelayString = "${passerelle.common-view.stream.heartbeat:PT15S}")
    void heartbeat() {
        for (Subscriber subscriber : subscribers) {
            try {
                subscriber.emitter().send(SseEmitter.event().comment("heartbeat"));
            } catch (IOException | IllegalStateException gone) {
                subscribers.remove(subscriber);
            }
        }
    }

    @Scheduled(fixedDelayString = "${passerelle.common-view.stream.trim-interval:PT10M}")
    void trim() {
        log.trim();
    }

    private void send(Subscriber subscriber, Document change) {
        String audience = change.getString("audience");
        if (!subscriber.audience().equals(audience) && !Audience.EVERYONE.equals(audience)) {
            return;
        }
        Document data = new Document("type", change.getString("type")).append("key", change.getString("key"))
                .append("data", change.get("data"));
        try {
            subscriber.emitter().send(SseEmitter.event().id(String.valueOf(change.get("_id")))
                    .name(change.getString("type")).data(data.toJson(), MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException gone) {
            subscribers.remove(subscriber);
        }
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * Ends every stream when the service stops, before the web server's graceful shutdown begins (this phase stops
     * first): an open stream is a request in progress, which the shutdown would otherwise wait for until its time-out.
     * Clients reconnect elsewhere with their {@code Last-Event-ID}.
     */
    @Override
    public void stop() {
        running = false;
        subscribers.forEach(s -> s.emitter().complete());
        subscribers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    int open() {
        return subscribers.size();
    }
}
