package qc.passerelle.bench.season;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import qc.passerelle.bench.Args;
import qc.passerelle.bench.Latencies;
import qc.passerelle.bench.Results;
import qc.passerelle.bench.StoreRate;
import qc.passerelle.contracts.EventEnvelope;
import qc.passerelle.contracts.recruiting.EmployerRegistered;

/**
 * Replays a deterministic agricultural season through the public HTTP API of a running stack (`./passerelle up`)
 * with N concurrent clients, then waits until the common view shows every worker with their final status.
 * Prints and writes (infra/bench/results/season-*.json): commands per second, command latency p50/p95/p99,
 * command-to-view latency p50/p99 (sampled), time from the last command until the view is consistent, throughput of
 * the first and last tenths of the arrivals, and the wire server's insert rate for documents of the same size,
 * measured in the same run.
 *
 * <pre>
 * MAVEN_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" ./mvnw -q -pl infra/bench exec:java \
 *     -Dexec.mainClass=qc.passerelle.bench.season.SeasonBenchmark \
 *     -Dexec.args="--size=0.1 --clients=8"        # --rate=20 for a steady 20 commands per second
 * </pre>
 * The client keeps to the quick JIT like the local stack's services (ADR 0016): it shares the machine with the
 * system under test, and with the full JIT its process took 10–12 CPU-seconds of a default run instead of about 5
 * (its compiler threads as busy as its eight clients).
 * {@code --poll-ms} sets how often the command-to-view sampler asks the view (10 ms: each sample is late by up to that).
 */
public final class SeasonBenchmark {

    /** Where common-view's worker view keeps the worker's status (ADR 0014: state and its sequence in one field). */
    private static final String STATUS = "state.status";

    private final Args args;
    private final Api api;
    private final String agri;
    private final Results results = new Results("season");
    private final Latencies commandLatency = new Latencies();
    private final Latencies viewLatency = new Latencies();
    /** Command-to-view samples of the first {@code --warmup} seconds of the season, kept apart (JIT, first paths). */
    private final Latencies warmupViewLatency = new Latencies();
    private final Map<Integer, String> workerIds = new ConcurrentHashMap<>();
    private final Map<Integer, String> unitIds = new ConcurrentHashMap<>();
    private final Map<Integer, String> farmIds = new ConcurrentHashMap<>();
    private final List<Long> arrivalDone = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong failures = new AtomicLong();

    private SeasonBenchmark(Args args, Api api) {
        this.args = args;
        this.api = api;
        this.agri = args.text("agri", "http://localhost:8084");
    }

    public static void main(String[] arguments) throws Exception {
        Args args = new Args(arguments);
        String token = Api.token(args.text("issuer", "http://localhost:9000"), "bench-mifi", "\"MIFI\"");
        new SeasonBenchmark(args, new Api(token)).run();
        System.exit(0);
    }

    private void run() throws Exception {
        double size = args.decimal("size", 0.1);
        int clients = args.integer("clients", 8);
        double rate = args.decimal("rate", 0);
        String run = args.text("run", Long.toString(System.currentTimeMillis(), 36));
        Season season = Season.generate(size, args.integer("seed", 2027), LocalDate.now());
        results.put("size", size).put("clients", clients).put("rate limit (commands/s, 0 = none)", rate)
                .put("units", season.units().size()).put("arrivals", season.arrivals().size())
                .put("transitions", season.transitions().size());
        System.out.printf("season: %d farms, %d units, %d arrivals, %d transitions; %d clients%n", season.farms().size(),
                season.units().size(), season.arrivals().size(), season.transitions().size(), clients);
        if (!ManagementFactory.getRuntimeMXBean().getInputArguments().contains("-XX:TieredStopAtLevel=1")) {
            System.out.println("note: this client runs with the full JIT; on a small machine its compiler threads take "
                    + "CPU from the stack under test (MAVEN_OPTS=\"-XX:TieredStopAtLevel=1 -XX:+UseSerialGC\", README)");
        }

        registerFarms(season, run);
        long setupStart = System.nanoTime();
        runAll(clients, 0, housingCommands(season, run));
        results.put("housing commands per second", 2.0 * season.units().size() / seconds(System.nanoTime() - setupStart));

        long start = System.nanoTime();
        long clientCpuStart = clientCpuNanos();
        int commands = runSeason(season, clients, rate, run);
        long lastCommand = System.nanoTime();
        double elapsed = seconds(lastCommand - start);
        results.put("client CPU seconds during the season (this JVM)", seconds(clientCpuNanos() - clientCpuStart))
                .put("client JVM options", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()
                        .stream().filter(option -> option.startsWith("-XX:")).toList()));
        results.put("season commands", commands).put("season commands per second", commands / elapsed)
                .put("command latency p50 (ms)", commandLatency.percentile(50))
                .put("command latency p95 (ms)", commandLatency.percentile(95))
                .put("command latency p99 (ms)", commandLatency.percentile(99))
                .put("answers by status", new HashMap<>(api.statuses))
                .put("retries", api.retries.get()).put("failed commands", failures.get());
        tenths();

        double consistentAfter = awaitConsistentView(season);
        results.put("view consistent after last command (s)", consistentAfter)
                .put("command-to-view latency p50 (ms)", viewLatency.percentile(50))
                .put("command-to-view latency p99 (ms)", viewLatency.percentile(99))
                .put("command-to-view samples", viewLatency.count())
                .put("command-to-view poll of the view (ms)", args.integer("poll-ms", 10));
        if (args.integer("warmup", 0) > 0) {
            results.put("warm-up excluded from command-to-view (s)", args.integer("warmup", 0))
                    .put("command-to-view latency p99 during the warm-up (ms)", warmupViewLatency.percentile(99))
                    .put("command-to-view samples during the warm-up", warmupViewLatency.count());
        }

        scopedLists();

        String mongo = args.text("mongo", "mongodb://localhost:27017");
        double insertOne = StoreRate.insertOne(mongo, 2000, 1000, clients);
        double insertMany = StoreRate.insertMany(mongo, 10_000, 1000);
        results.put("wire server insertOne per second (1 KB, same clients)", insertOne)
                .put("wire server insertMany per second (1 KB)", insertMany)
                .put("season commands per second / insertOne per second",
                        (Double) results.figures().get("season commands per second") / insertOne);
        results.print();
        Path file = results.write(Path.of(args.text("results", "infra/bench/results")));
        System.out.println("\nwritten to " + file);
    }

    /**
     * A NEQ is unique in recruiting: a run's farms get their own (the run's hash in the first digits), so that the
     * benchmark runs again against a stack that already holds an earlier season.
     */
    private static String neqOf(Season.Farm farm, String run) {
        return String.valueOf(1_000_000_000L + Math.floorMod(run.hashCode(), 8_000) * 100_000L + farm.index());
    }

    /** Farms come from recruiting when it runs; otherwise the benchmark announces them as recruiting would. */
    private void registerFarms(Season season, String run) throws Exception {
        String recruiting = args.text("recruiting", "http://localhost:8081");
        boolean viaRecruiting = api.get(recruiting + "/actuator/health") == 200;
        results.put("farms registered through", viaRecruiting ? "recruiting API" : "EmployerRegistered on Kafka");
        if (viaRecruiting) {
            runAll(8, 0, season.farms().stream().<Runnable>map(farm -> () -> {
                Api.Answer answer = api.post(recruiting + "/api/employers", """
                        {"legalName": "%s", "neq": "%s", "region": "%s", "sectors": ["AGRICULTURE"],
                         "contactEmail": "direction@ferme%d.example", "needsLmia": true}"""
                        .formatted(farm.legalName(), neqOf(farm, run), farm.region(), farm.index()), run + "-farm-" + farm.index());
                require(answer, "farm");
                farmIds.put(farm.index(), answer.body().get("employerId").asString());
            }).toList());
        } else {
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, args.text("kafka", "localhost:9092"),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
                for (Season.Farm farm : season.farms()) {
                    String id = "emp-bench-" + run + "-" + farm.index();
                    farmIds.put(farm.index(), id);
                    EventEnvelope envelope = EventEnvelope.wrap(new EmployerRegistered(id, farm.legalName(), farm.neq(),
                            farm.region(), "Agriculture"), Instant.now(), 1);
                    ProducerRecord<String, byte[]> record = new ProducerRecord<>("mobility.recruiting.v1", id, envelope.data());
                    envelope.headers().forEach((k, v) -> record.headers().add(new RecordHeader(k, v.getBytes(StandardCharsets.UTF_8))));
                    producer.send(record);
                }
                producer.flush();
            }
        }
    }

    private List<Runnable> housingCommands(Season season, String run) {
        List<Runnable> commands = new ArrayList<>();
        for (Season.Unit unit : season.units()) {
            commands.add(() -> {
                String farm = farmIds.get(unit.farm());
                Api.Answer registered;
                // the farm's registration reaches agricultural-workers through the broker: wait for it the way a
                // client would, by asking again while it answers that it does not know the farm yet
                do {
                    registered = api.post(agri + "/api/housing-units", unitJson(farm, unit.index(), 2), run + "-unit-" + unit.index());
                    if (registered.status() == 409) {
                        LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
                    }
                } while (registered.status() == 409);
                require(registered, "housing unit");
                String unitId = registered.body().get("housingUnitId").asString();
                require(api.post(agri + "/api/housing-units/" + unitId + "/inspections",
                        inspectionJson(unit.failing() ? "CNESST_2026_DRAFT" : "FEDERAL_MINIMUM"),
                        run + "-inspection-" + unit.index()), "inspection");
                unitIds.put(unit.index(), unitId);
            });
        }
        return commands;
    }

    /** Arrivals in order, each worker's change queued once their arrival is answered; returns the commands sent. */
    private int runSeason(Season season, int clients, double rate, String run) throws InterruptedException {
        LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
        Map<Integer, Season.Transition> transitionOf = new HashMap<>();
        season.transitions().forEach(t -> transitionOf.put(t.arrival(), t));
        int total = season.arrivals().size() + season.transitions().size();
        CountDownLatch done = new CountDownLatch(total);
        MongoClient mongo = MongoClients.create(args.text("mongo", "mongodb://localhost:27017"));
        ViewSampler sampler = new ViewSampler(mongo.getDatabase(args.text("view-database", "common-view"))
                .getCollection(args.text("view-collection", "worker_views")), viewLatency, warmupViewLatency,
                System.nanoTime() + Duration.ofSeconds(args.integer("warmup", 0)).toNanos(),
                Duration.ofMillis(args.integer("slow-ms", 1_000_000)), Duration.ofMillis(args.integer("poll-ms", 10)));
        sampler.start();
        for (Season.Arrival arrival : season.arrivals()) {
            queue.add(() -> {
                try {
                    long sent = System.nanoTime();
                    Api.Answer answer = api.post(agri + "/api/workers/arrivals", arrivalJson(arrival), run + "-arrival-" + arrival.index());
                    record(answer, "arrival");
                    arrivalDone.add(System.nanoTime());
                    if (answer.status() == 201) {
                        String workerId = answer.body().get("workerId").asString();
                        workerIds.put(arrival.index(), workerId);
                        if (arrival.index() % args.integer("sample-every", 5) == 0) {
                            sampler.watch(workerId, sent);
                        }
                        Season.Transition transition = transitionOf.get(arrival.index());
                        if (transition != null) {
                            queue.add(() -> {
                                try {
                                    record(api.post(transitionUrl(workerId, transition), transitionJson(transition, arrival),
                                            run + "-transition-" + arrival.index()), "transition");
                                } finally {
                                    done.countDown();
                                }
                            });
                        }
                    } else if (transitionOf.containsKey(arrival.index())) {
                        done.countDown();
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long intervalNanos = rate > 0 ? (long) (1e9 / rate) : 0;
        Thread pacer = Thread.ofPlatform().unstarted(() -> {
            long next = System.nanoTime();
            while (done.getCount() > 0) {
                try {
                    Runnable task = queue.poll(100, TimeUnit.MILLISECONDS);
                    if (task == null) {
                        continue;
                    }
                    if (intervalNanos > 0) {
                        LockSupport.parkNanos(next - System.nanoTime());
                        next = Math.max(next + intervalNanos, System.nanoTime() - intervalNanos);
                    }
                    pool.execute(task);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        if (intervalNanos > 0) {
            pacer.start();
        } else {
            // unpaced: keep every client busy without queueing thousands of tasks in the pool at once
            for (int c = 0; c < clients; c++) {
                pool.execute(() -> {
                    while (done.getCount() > 0) {
                        try {
                            Runnable task = queue.poll(100, TimeUnit.MILLISECONDS);
                            if (task != null) {
                                task.run();
                            }
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
            }
        }
        done.await();
        pacer.interrupt();
        pool.shutdown();
        sampler.finish(Duration.ofSeconds(120));
        mongo.close();
        return total;
    }

    /**
     * p50 and p95 of the scoped lists people open most, each asked 50 times for its first page of 50, with everything
     * the run stored: workers by citizenship (MIFI), a consulate's workers in agricultural-workers and in the common
     * view, an employer's housing units.
     */
    private void scopedLists() throws Exception {
        String issuer = args.text("issuer", "http://localhost:9000");
        String view = args.text("view", "http://localhost:8080");
        String mifi = Api.token(issuer, "bench-mifi", "\"MIFI\"");
        String consulate = Api.token(issuer, "bench-consulat-gt", "\"CONSULATE\"", "\"country\": \"GT\"");
        String farm = farmIds.get(0);
        String employer = Api.token(issuer, "bench-farm", "\"EMPLOYER\"", "\"employer_id\": \"" + farm + "\"");
        Map<String, String[]> lists = new java.util.LinkedHashMap<>();
        lists.put("workers by citizenship (MIFI)", new String[] {agri + "/api/workers?citizenship=GT&size=50", mifi});
        lists.put("a consulate's workers", new String[] {agri + "/api/workers?size=50", consulate});
        lists.put("a consulate's view (common-view)", new String[] {view + "/api/views/consulates/GT/workers?size=50", consulate});
        lists.put("an employer's housing units", new String[] {agri + "/api/housing-units?size=50", employer});
        lists.forEach((name, list) -> {
            Latencies latencies = new Latencies();
            for (int i = 0; i < 55; i++) {
                Api.Answer answer = api.read(list[0], list[1]);
                if (answer.status() != 200) {
                    throw new IllegalStateException(name + " answered " + answer.status());
                }
                if (i >= 5) {   // the first few warm the path up
                    latencies.add(answer.nanos());
                }
            }
            results.put(name + " p50 (ms)", latencies.percentile(50)).put(name + " p95 (ms)", latencies.percentile(95));
        });
    }

    /** Those of {@code ids} whose view shows their expected final status, read 1,000 ids at a time. */
    private static java.util.Set<String> matching(MongoCollection<Document> views, Map<String, String> expected,
                                                  java.util.Collection<String> ids) {
        java.util.Set<String> matching = new java.util.HashSet<>();
        List<String> all = new java.util.ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += 1000) {
            for (Document view : views.find(Filters.in("_id", all.subList(from, Math.min(all.size(), from + 1000))))
                    .projection(Projections.include(STATUS)).batchSize(1000)) {
                String id = view.getString("_id");
                if (expected.get(id).equals(view.getEmbedded(List.of("state", "status"), String.class))) {
                    matching.add(id);
                }
            }
        }
        return matching;
    }

    /**
     * Seconds from the last command until every worker shows with their final status in the common view. Each check
     * asks again only for the workers not yet there (asking for the whole season 10 times a second kept the store
     * busy matching 18,500 ids, under the very collection's lock the view's writes need), then all of them once more.
     */
    private double awaitConsistentView(Season season) {
        long from = System.nanoTime();
        Map<String, String> expected = new HashMap<>();
        workerIds.forEach((arrival, workerId) -> expected.put(workerId, season.finalStatus(arrival)));
        try (MongoClient mongo = MongoClients.create(args.text("mongo", "mongodb://localhost:27017"))) {
            MongoCollection<Document> views = mongo.getDatabase(args.text("view-database", "common-view"))
                    .getCollection(args.text("view-collection", "worker_views"));
            long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
            java.util.Set<String> pending = new java.util.HashSet<>(expected.keySet());
            while (System.nanoTime() < deadline) {
                pending.removeAll(matching(views, expected, pending));
                if (pending.isEmpty()) {
                    pending.addAll(expected.keySet());
                    pending.removeAll(matching(views, expected, expected.keySet()));
                    if (pending.isEmpty()) {
                        return seconds(System.nanoTime() - from);
                    }
                }
                LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            }
        }
        throw new IllegalStateException("the common view was not consistent 30 minutes after the last command");
    }

    /** Arrivals per second of the first and the last tenth of the arrivals, in the order they completed. */
    private void tenths() {
        List<Long> done = new ArrayList<>(arrivalDone);
        java.util.Collections.sort(done);
        int tenth = done.size() / 10;
        if (tenth < 2) {
            return;
        }
        double first = (tenth - 1) / seconds(done.get(tenth - 1) - done.get(0));
        double last = (tenth - 1) / seconds(done.get(done.size() - 1) - done.get(done.size() - tenth));
        results.put("arrivals per second, first tenth", first).put("arrivals per second, last tenth", last)
                .put("last tenth / first tenth", last / first);
    }

    private void record(Api.Answer answer, String what) {
        commandLatency.add(answer.nanos());
        if (answer.status() >= 300) {
            failures.incrementAndGet();
            if (failures.get() <= 5) {
                System.err.println(what + " answered " + answer.status() + ": " + answer.body());
            }
        }
    }

    private void require(Api.Answer answer, String what) {
        if (answer.status() >= 300) {
            throw new IllegalStateException(what + " answered " + answer.status() + ": " + answer.body());
        }
    }

    private static void runAll(int clients, double rate, List<Runnable> commands) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
        commands.forEach(c -> futures.add(pool.submit(c)));
        for (java.util.concurrent.Future<?> f : futures) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                pool.shutdownNow();
                throw new IllegalStateException(e.getCause());
            }
        }
        pool.shutdown();
    }

    private String transitionUrl(String workerId, Season.Transition t) {
        return agri + "/api/workers/" + workerId + switch (t.kind()) {
            case ABSENCE -> "/absences";
            case TRANSFER -> "/transfers";
            case DEPARTURE -> "/departures";
        };
    }

    private String transitionJson(Season.Transition t, Season.Arrival arrival) {
        LocalDate day = LocalDate.now().isAfter(arrival.date()) ? LocalDate.now() : arrival.date();
        return switch (t.kind()) {
            case ABSENCE -> "{\"lastSeenOn\": \"" + day + "\"}";
            case DEPARTURE -> "{\"departureDate\": \"" + day + "\", \"reason\": \"END_OF_CONTRACT\"}";
            case TRANSFER -> """
                    {"toEmployerId": "%s", "toHousingUnitId": "%s", "transferDate": "%s", "workerConsented": true}"""
                    .formatted(farmIds.get(t.toFarm()), unitIds.get(t.toUnit()), day);
        };
    }

    private String arrivalJson(Season.Arrival a) {
        return """
                {"givenName": "%s", "familyName": "%s", "citizenship": "%s", "birthYear": %d, "stream": "%s",
                 "employerId": "%s", "housingUnitId": "%s", "arrivalDate": "%s", "flightNumber": "%s", "returning": %s}"""
                .formatted(a.givenName(), a.familyName(), a.country(), a.birthYear(), a.stream(), farmIds.get(a.farm()),
                        unitIds.get(a.unit()), a.date(), a.flight(), a.returning());
    }

    static String unitJson(String employerId, int index, int toilets) {
        return """
                {"employerId": "%s", "address": "%d, rang Saint-Joseph, Saint-Rémi", "region": "MONTEREGIE",
                 "facts": %s}""".formatted(employerId, 100 + index, facts(toilets));
    }

    static String inspectionJson(String ruleSet) {
        return """
                {"ruleSet": "%s", "plannedOccupants": 8, "inspectedOn": "%s", "observed": %s}"""
                .formatted(ruleSet, LocalDate.now().minusDays(1), facts(1));
    }

    static String facts(int toilets) {
        return """
                {"rooms": [{"name": "A", "areaM2": 20, "beds": 4, "bunkBeds": 0, "minBedSpacingCm": 90},
                           {"name": "B", "areaM2": 20, "beds": 4, "bunkBeds": 0, "minBedSpacingCm": 90}],
                 "toilets": %d, "showers": 1, "sinks": 2, "stoves": 2, "fridges": 2, "heating": true,
                 "potableWater": true, "smokeDetectors": 2, "fireExtinguishers": 1}""".formatted(toilets);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** This JVM's CPU time, all threads (the clients, the sampler, the JIT, the collector). */
    private static long clientCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
