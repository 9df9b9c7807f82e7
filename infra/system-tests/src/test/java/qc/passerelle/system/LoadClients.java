package qc.passerelle.system;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import qc.passerelle.contracts.EventJson;
import tools.jackson.databind.JsonNode;

/**
 * The employer's clients, as real ones behave: every command carries an Idempotency-Key, and a command that got no
 * answer (connection refused or reset, time-out) or a 5xx/429 is sent again, the same request under the same key,
 * after a short back-off, for two minutes at most. An answered command is therefore never posted twice under another
 * key, and what the clients got 201 for is exactly what the system owes the consulates.
 */
final class LoadClients {

    static final int CLIENTS = 8;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(2);
    private static final Duration FIRST_BACK_OFF = Duration.ofMillis(250);
    private static final Duration MAX_BACK_OFF = Duration.ofSeconds(2);

    /** What happens to a worker after arrival, and so which events and final status the consulate must see. */
    enum Transition {
        NONE(List.of()),
        ABSENCE(List.of(Command.ABSENCE)),
        DEPARTURE(List.of(Command.DEPARTURE)),
        ABSENCE_THEN_DEPARTURE(List.of(Command.ABSENCE, Command.DEPARTURE));

        final List<Command> commands;

        Transition(List<Command> commands) {
            this.commands = commands;
        }
    }

    enum Command {
        ARRIVAL("arrivals", "WorkerArrived", "PRESENT"),
        ABSENCE("absences", "WorkerAbsent", "ABSENT"),
        DEPARTURE("departures", "WorkerDeparted", "DEPARTED");

        final String path;
        final String eventType;
        final String status;

        Command(String path, String eventType, String status) {
            this.path = path;
            this.eventType = eventType;
            this.status = status;
        }
    }

    record Plan(int index, String country, Transition transition) {

        int commands() {
            return 1 + transition.commands.size();
        }
    }

    /** A worker the clients got a 201 for, and the events and status their answered commands imply. */
    static final class Posted {
        final String workerId;
        final String country;
        final List<String> events = new CopyOnWriteArrayList<>();
        volatile String status;

        Posted(String workerId, String country) {
            this.workerId = workerId;
            this.country = country;
        }

        void answered(Command command) {
            events.add(command.eventType);
            status = command.status;
        }
    }

    /** One phase's share of the load, worked through by all clients at once. */
    final class Run {
        private final Queue<Plan> plans;
        private final int commands;
        private final AtomicInteger answered = new AtomicInteger();
        private final CountDownLatch done = new CountDownLatch(CLIENTS);

        private Run(List<Plan> plans) {
            this.plans = new ConcurrentLinkedQueue<>(plans);
            this.commands = plans.stream().mapToInt(Plan::commands).sum();
        }

        int commands() {
            return commands;
        }

        int answered() {
            return answered.get();
        }

        void awaitAnswered(int count, Duration atMost) {
            await("the clients to have " + count + " answers").atMost(atMost).pollInterval(Duration.ofMillis(50))
                    .until(() -> answered.get() >= count || done.getCount() == 0);
        }

        void awaitDone(Duration atMost) {
            await("the clients to finish their commands").atMost(atMost).pollInterval(Duration.ofMillis(200))
                    .until(() -> done.getCount() == 0);
        }
    }

    /** The instances of agricultural-workers, taken in turn as a load balancer would; a retry goes to the next. */
    private final List<Integer> ports;
    private final AtomicInteger nextPort = new AtomicInteger();
    private final Supplier<String> token;
    private final String unitId;
    private final String employerId;
    private final String runId;
    private final LocalDate arrivalDate;
    private final LocalDate today;

    private final Map<String, Posted> posted = new ConcurrentHashMap<>();
    private final Map<Command, LongAdder> commandsSent = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> answers = new ConcurrentHashMap<>();
    private final LongAdder requests = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();

    LoadClients(int port, Supplier<String> token, String employerId, String unitId, String runId, LocalDate today) {
        this(List.of(port), token, employerId, unitId, runId, today);
    }

    LoadClients(List<Integer> ports, Supplier<String> token, String employerId, String unitId, String runId,
                LocalDate today) {
        this.ports = List.copyOf(ports);
        this.token = token;
        this.employerId = employerId;
        this.unitId = unitId;
        this.runId = runId;
        this.today = today;
        this.arrivalDate = today.minusDays(1);
    }

    Run start(List<Plan> plans) {
        Run run = new Run(plans);
        for (int i = 0; i < CLIENTS; i++) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(2)).build();
            Thread.ofPlatform().name("fault-suite-client-" + i).daemon().start(() -> {
                try {
                    Plan plan;
                    while ((plan = run.plans.poll()) != null) {
                        perform(http, plan, run);
                    }
                } catch (RuntimeException unexpected) {
                    failures.add("client stopped: " + unexpected);
                } finally {
                    run.done.countDown();
                }
            });
        }
        return run;
    }

    /** A departure or absence is posted only once its worker's arrival was answered 201. */
    private void perform(HttpClient http, Plan plan, Run run) {
        Optional<JsonNode> arrived = send(http, Command.ARRIVAL, "/api/workers/arrivals", arrival(plan),
                key(Command.ARRIVAL, plan), run);
        if (arrived.isEmpty()) {
            return;
        }
        Posted worker = new Posted(arrived.get().get("workerId").asString(), plan.country());
        worker.answered(Command.ARRIVAL);
        posted.put(worker.workerId, worker);
        for (Command command : plan.transition().commands) {
            String body = command == Command.ABSENCE ? "{\"lastSeenOn\": \"" + today + "\"}"
                    : "{\"departureDate\": \"" + today + "\", \"reason\": \"END_OF_CONTRACT\"}";
            Optional<JsonNode> moved = send(http, command, "/api/workers/" + worker.workerId + "/" + command.path, body,
                    key(command, plan), run);
            if (moved.isEmpty()) {
                return;
            }
            worker.answered(command);
        }
    }

    /** The answer's JSON once the command is answered 2xx; empty, with the failure recorded, otherwise. */
    private Optional<JsonNode> send(HttpClient http, Command command, String path, String body, String key, Run run) {
        commandsSent.computeIfAbsent(command, c -> new LongAdder()).increment();
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        Duration backOff = FIRST_BACK_OFF;
        String last = "";
        int firstPort = nextPort.getAndIncrement();
        try {
            for (int attempt = 1; ; attempt++) {
                requests.increment();
                if (attempt > 1) {
                    retries.increment();
                }
                int port = ports.get(Math.floorMod(firstPort + attempt - 1, ports.size()));
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .timeout(REQUEST_TIMEOUT)
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token.get())
                        .header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                Duration current = backOff;
                Duration wait = current;
                try {
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    int status = response.statusCode();
                    count(String.valueOf(status));
                    if (status >= 200 && status < 300) {
                        JsonNode json = EventJson.mapper().readTree(response.body());
                        String state = json.path("status").asString("");
                        if (!command.status.equals(state)) {
                            failures.add("POST " + path + " [" + key + "] answered " + status + " with status " + state
                                    + ", expected " + command.status + ": " + response.body());
                        }
                        return Optional.of(json);
                    }
                    if (status < 500 && status != 429) {
                        failures.add("POST " + path + " [" + key + "] answered " + status + " (attempt " + attempt + "): "
                                + response.body());
                        return Optional.empty();
                    }
                    last = status + " " + response.body();
                    wait = retryAfter(response).filter(d -> d.compareTo(current) > 0).orElse(current);
                } catch (HttpTimeoutException e) {
                    count("timeout");
                    last = "timeout: " + e.getMessage();
                } catch (IOException e) {
                    count("connection error");
                    last = e.toString();
                }
                if (System.nanoTime() + wait.toNanos() > deadline) {
                    failures.add("POST " + path + " [" + key + "] gave up after " + attempt + " attempts over "
                            + GIVE_UP_AFTER + "; last: " + last);
                    return Optional.empty();
                }
                // the client's own back-off between two tries of one request, as any well-behaved client waits
                Thread.sleep(wait.toMillis());
                backOff = backOff.multipliedBy(2).compareTo(MAX_BACK_OFF) > 0 ? MAX_BACK_OFF : backOff.multipliedBy(2);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failures.add("POST " + path + " [" + key + "] interrupted");
            return Optional.empty();
        } finally {
            run.answered.incrementAndGet();
        }
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(value -> {
            try {
                return Optional.of(Duration.ofSeconds(Math.min(5, Long.parseLong(value.trim()))));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private void count(String answer) {
        answers.computeIfAbsent(answer, a -> new LongAdder()).increment();
    }

    private String key(Command command, Plan plan) {
        return "fault-suite-" + runId + "-" + command.name().toLowerCase() + "-" + plan.index();
    }

    private String arrival(Plan plan) {
        String stream = plan.country().equals("MX") || plan.country().equals("JM") ? "SAWP" : "TFWP_AGRICULTURAL";
        return """
                {"givenName": "Ana", "familyName": "Faute-%04d", "citizenship": "%s", "birthYear": %d,
                 "stream": "%s", "employerId": "%s", "housingUnitId": "%s",
                 "arrivalDate": "%s", "flightNumber": "AM 680", "returning": false}
                """.formatted(plan.index(), plan.country(), 1970 + plan.index() % 30, stream, employerId, unitId,
                arrivalDate);
    }

    Map<String, Posted> posted() {
        return Map.copyOf(posted);
    }

    Map<String, Long> commandsSent() {
        Map<String, Long> sent = new TreeMap<>();
        commandsSent.forEach((command, count) -> sent.put(command.name().toLowerCase(), count.sum()));
        return sent;
    }

    long commandsSentTotal() {
        return commandsSent.values().stream().mapToLong(LongAdder::sum).sum();
    }

    Map<String, Long> answers() {
        Map<String, Long> byStatus = new TreeMap<>();
        answers.forEach((answer, count) -> byStatus.put(answer, count.sum()));
        return byStatus;
    }

    long requests() {
        return requests.sum();
    }

    long retries() {
        return retries.sum();
    }

    List<String> failures() {
        return new ArrayList<>(failures);
    }
}
