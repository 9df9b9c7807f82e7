package qc.passerelle.messaging.consumer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import qc.passerelle.contracts.EventEnvelope;
import qc.passerelle.contracts.EventType;
import qc.passerelle.contracts.MalformedEventException;
import qc.passerelle.contracts.MobilityEvent;
import qc.passerelle.messaging.trace.TraceContext;
import qc.passerelle.messaging.trace.TraceParent;

/**
 * The one consumer of a service: decodes each record's CloudEvents envelope, hands the events to the service's
 * projections and handlers in topic order, and sorts failures by kind. A record that can never be processed
 * (malformed, unknown type or version, failing its schema, rejected by a handler) goes to the dead letters at once,
 * after everything before it is applied; any other failure is taken for a passing one (database, broker, time-out)
 * and reported as a {@link DeliveryFailedException} so that the records from there on are delivered again, without
 * end and with back-off, and nothing is acknowledged and dropped. While it handles a record, the logging context
 * carries the record's trace ({@link TraceContext}): its lines, and the events its handlers write, share the trace
 * id of the request that caused the record.
 */
public class EventDispatcher {

    private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);
    private static final int NAMED_TRACES = 20;

    private final Map<Class<?>, List<EventHandler<?>>> handlers;
    private final List<BatchProjection> projections;
    /** Each projection's event types, asked once: they are looked up for every record. */
    private final List<Set<Class<? extends MobilityEvent>>> projectionTypes;
    private final Set<Class<?>> projected;
    private final DeadLetters deadLetters;
    private final ConsumerMetrics metrics;

    public EventDispatcher(List<EventHandler<?>> handlers, List<BatchProjection> projections, DeadLetters deadLetters,
                           ConsumerMetrics metrics) {
        this.handlers = handlers.stream().collect(Collectors.groupingBy(EventHandler::eventType));
        this.projections = List.copyOf(projections);
        this.projectionTypes = this.projections.stream().<Set<Class<? extends MobilityEvent>>>map(p -> Set.copyOf(p.eventTypes()))
                .toList();
        this.projected = projectionTypes.stream().flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
        this.deadLetters = deadLetters;
        this.metrics = metrics;
    }

    /** How a batch went: events applied, records dead-lettered, records nobody here reacts to. */
    public record Outcome(int applied, int deadLettered, int skipped) {
    }

    /**
     * Records decoded ahead of their dispatch ({@link #prepare}), so that a reader may decode the next batch on another
     * thread while this one is applied: each record's event, or its reason to go to the dead letters, in order.
     */
    public static final class Prepared {

        private final List<Delivery> deliveries;
        private final List<TraceParent> traces;
        /** A {@link Delivered}, null for a record nobody here reacts to, or the {@link MalformedEventException}. */
        private final List<Object> decoded;

        private Prepared(List<Delivery> deliveries, List<TraceParent> traces, List<Object> decoded) {
            this.deliveries = deliveries;
            this.traces = traces;
            this.decoded = decoded;
        }

        public int size() {
            return deliveries.size();
        }

        /** Where the record at {@code index} comes from (topic, partition, offset). */
        public String where(int index) {
            return deliveries.get(index).where();
        }

        /** The records from {@code index} on (those a {@link DeliveryFailedException} asks to deliver again). */
        public Prepared from(int index) {
            return new Prepared(deliveries.subList(index, size()), traces.subList(index, size()),
                    decoded.subList(index, size()));
        }
    }

    /**
     * Decodes the records: their envelopes, schemas and events. Nothing is applied or sent, so it may run on
     * another thread than {@link #dispatch(Prepared)}, ahead of it.
     */
    public Prepared prepare(List<Delivery> deliveries) {
        List<TraceParent> traces = new ArrayList<>(deliveries.size());
        List<Object> decoded = new ArrayList<>(deliveries.size());
        for (Delivery delivery : deliveries) {
            TraceParent trace = traceOf(delivery);
            traces.add(trace);
            try (TraceContext.Scope scope = TraceContext.open(trace)) {
                if (log.isDebugEnabled()) {
                    log.debug("record {} {} #{}", delivery.where(), delivery.headers().get("ce_type"),
                            delivery.headers().get("ce_sequence"));
                }
                decoded.add(decode(delivery));
            } catch (MalformedEventException poison) {
                decoded.add(poison);
            }
        }
        return new Prepared(List.copyOf(deliveries), traces, decoded);
    }

    /** Processes the records in order; throws {@link DeliveryFailedException} at the first record to deliver again. */
    public Outcome dispatch(List<Delivery> deliveries) {
        return dispatch(prepare(deliveries));
    }

    /** As {@link #dispatch(List)}, for records decoded already. */
    public Outcome dispatch(Prepared prepared) {
        int[] counts = new int[3];
        int segmentStart = 0;
        List<Indexed> segment = new ArrayList<>();
        for (int i = 0; i < prepared.size(); i++) {
            Delivery delivery = prepared.deliveries.get(i);
            TraceParent trace = prepared.traces.get(i);
            if (prepared.decoded.get(i) instanceof MalformedEventException poison) {
                // what comes before a dead letter is applied first, so the offsets up to it can be committed
                counts[1] += apply(segment, segmentStart);
                counts[0] += segment.size();
                try (TraceContext.Scope scope = TraceContext.open(trace)) {
                    deadLetter(delivery, poison, i);
                }
                counts[1]++;
                segment.clear();
                segmentStart = i + 1;
                continue;
            }
            if (prepared.decoded.get(i) instanceof Delivered<?> decoded) {
                segment.add(new Indexed(i, delivery, decoded, trace));
            } else {
                metrics.skipped();
                counts[2]++;
            }
        }
        counts[1] += apply(segment, segmentStart);
        counts[0] += segment.size();
        return new Outcome(counts[0], counts[1], counts[2]);
    }

    /**
     * The trace the record's handling belongs to: a new span in the trace its {@code traceparent} header names (the
     * request that caused the event), or a new trace for a record without a valid one.
     */
    static TraceParent traceOf(Delivery delivery) {
        return TraceParent.parse(delivery.headers().get(TraceParent.HEADER)).map(TraceParent::child)
                .orElseGet(TraceParent::fresh);
    }

    /** The decoded event, or null when nothing here reacts to its type (a known type is then not even decoded). */
    private Delivered<?> decode(Delivery delivery) {
        EventEnvelope envelope = EventEnvelope.fromHeaders(delivery.headers(), delivery.value());
        EventType type = envelope.eventType();
        if (!interested(type)) {
            return null;
        }
        if (!type.topic().equals(delivery.topic()) && !delivery.topic().endsWith(".dlq")) {
            throw new MalformedEventException(type.ceType() + " does not belong on " + delivery.topic());
        }
        return new Delivered<>(envelope.decode(), envelope);
    }

    private boolean interested(EventType type) {
        return handlers.containsKey(type.recordType()) || projected.contains(type.recordType());
    }

    /** Applies a run of records without dead letters in it; answers how many a handler rejected. */
    private int apply(List<Indexed> segment, int segmentStart) {
        if (segment.isEmpty()) {
            return 0;
        }
        int rejected = 0;
        try {
            for (int p = 0; p < projections.size(); p++) {
                BatchProjection projection = projections.get(p);
                Set<Class<? extends MobilityEvent>> types = projectionTypes.get(p);
                List<Delivered<?>> events = new ArrayList<>();
                for (Indexed indexed : segment) {
                    if (types.contains(indexed.delivered().event().getClass())) {
                        events.add(indexed.delivered());
                    }
                }
                if (!events.isEmpty()) {
                    try (TraceContext.Scope scope = batchTrace(segment, events)) {
                        projection.apply(events);
                    }
                }
            }
            for (Indexed indexed : segment) {
                rejected += handle(indexed);
            }
        } catch (DeliveryFailedException e) {
            throw e;
        } catch (RuntimeException passing) {
            metrics.retried();
            throw new DeliveryFailedException(segmentStart, passing);
        }
        metrics.applied(segment.size());
        return rejected;
    }

    /** What a handler logs, and what it writes to its own outbox, belongs to the record's trace. */
    private int handle(Indexed indexed) {
        try (TraceContext.Scope scope = TraceContext.open(indexed.trace())) {
            for (EventHandler<?> handler : handlers.getOrDefault(indexed.delivered().event().getClass(), List.of())) {
                try {
                    dispatch(handler, indexed.delivered());
                } catch (EventRejectedException rejected) {
                    deadLetter(indexed.delivery(), rejected, indexed.index());
                    return 1;
                }
            }
            return 0;
        }
    }

    /**
     * A projection applies a run of records at once: when they all come from one trace, it works in that trace (a
     * single request's events, the usual case); records of several traces get a new trace for what the projection
     * writes, and the correlation id names the traces of the run (the first {@value #NAMED_TRACES}), so that a search
     * for a request's id still finds the lines about its events.
     */
    private static TraceContext.Scope batchTrace(List<Indexed> segment, List<Delivered<?>> events) {
        Set<Delivered<?>> mine = Collections.newSetFromMap(new IdentityHashMap<>());
        mine.addAll(events);
        List<TraceParent> traces = segment.stream().filter(i -> mine.contains(i.delivered())).map(Indexed::trace).toList();
        Set<String> traceIds = new LinkedHashSet<>();
        traces.forEach(t -> traceIds.add(t.traceId()));
        if (traceIds.size() == 1) {
            return TraceContext.open(traces.getFirst());
        }
        String named = traceIds.stream().limit(NAMED_TRACES).collect(Collectors.joining(" "));
        if (traceIds.size() > NAMED_TRACES) {
            named += " (+" + (traceIds.size() - NAMED_TRACES) + ")";
        }
        return TraceContext.open(TraceParent.fresh(), named);
    }

    @SuppressWarnings("unchecked")
    private static <T extends MobilityEvent> void dispatch(EventHandler<T> handler, Delivered<?> delivered) {
        handler.handle((T) delivered.event(), delivered.envelope());
    }

    private void deadLetter(Delivery delivery, Exception reason, int index) {
        try {
            deadLetters.send(delivery, reason);
        } catch (RuntimeException brokerDown) {
            metrics.retried();
            throw new DeliveryFailedException(index, brokerDown);
        }
        metrics.deadLettered();
        log.warn("dead-lettered {} to {}: {}", delivery.where(), deadLetters.topicFor(delivery), reason.getMessage());
    }

    private record Indexed(int index, Delivery delivery, Delivered<?> delivered, TraceParent trace) {
    }
}
