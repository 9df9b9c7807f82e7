package qc.passerelle.commonview.rebuild;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Whether the heap is short: after the last collection, more of it than {@code fraction} of its maximum was still in
 * use. Told by the collectors themselves at the end of each collection, so asking costs nothing; heap in use at any
 * other moment counts the garbage too. Until the first collection, the heap is not short.
 */
final class HeapShort implements BooleanSupplier, AutoCloseable {

    private final long limit;
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::collected;
    private volatile boolean isShort;

    private HeapShort(double fraction) {
        this.limit = (long) (Runtime.getRuntime().maxMemory() * fraction);
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
    }

    static HeapShort above(double fraction) {
        return new HeapShort(fraction);
    }

    @Override
    public boolean getAsBoolean() {
        return isShort;
    }

    private void collected(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used = 0;
        for (MemoryUsage pool : info.getGcInfo().getMemoryUsageAfterGc().values()) {
            used += pool.getUsed();
        }
        isShort = used > limit;
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException gone) {
                // nothing to remove
            }
        }
    }
}
