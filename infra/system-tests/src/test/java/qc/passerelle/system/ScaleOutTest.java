package qc.passerelle.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.assertj.core.api.SoftAssertions;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import qc.passerelle.contracts.CloudEventHeaders;
import qc.passerelle.contracts.EventJson;
import qc.passerelle.contracts.Topics;
import qc.passerelle.testsupport.KafkaTestClient;
import qc.passerelle.testsupport.TestIdentityProvider;
import qc.passerelle.testsupport.TopicsOfTheCatalogue;

/**
 * Issue 14's scale-out test: three brokers, two instances each of agricultural-workers and common-view on one
 * database and one consumer group per service. While 8 clients post 1,000 arrivals and 300 absences and departures
 * (spread over both agricultural-workers instances, as a load balancer would), the broker leading the controller
 * quorum is killed (SIGKILL) and comes back later, and one instance of each service is killed (SIGKILL) and started
 * again. Afterwards both common-view instances must show every worker the clients were answered for once, with its
 * final status and its history in order; each group's partitions must be shared by its two instances, and the
 * cluster whole again.
 */
class ScaleOutTest {

    private static final Path TARGET = ProcessStack.MODULE.resolve("target");
    private static final String FARM = ArrivalToConsulateViewScenarios.FARM;
    private static final Duration CONVERGENCE = Duration.ofSeconds(150);
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final Supplier<String> EMPLOYER = FaultSuiteTest.fresh(() -> TestIdentityProvider.get().employer(FARM));
    private static final Supplier<String> MIFI = FaultSuiteTest.fresh(() -> TestIdentityProvider.get().mifi());

    private static ScaleOutStack stack;
    private static Thread reaper;
    private static String unitId;
    private static double setupSeconds;

    /** A fault, injected once the clients have had {@code afterShare} of their answers. */
    private record Fault(String description, double afterShare, Runnable inject) {
    }

    @BeforeAll
    static void startTheStack() {
        long started = System.nanoTime();
        stack = new ScaleOutStack(TARGET.resolve("scale-out-data"), TARGET.resolve("scale-out-logs"));
        ScaleOutStack toStop = stack;
        reaper = new Thread(toStop::close, "scale-out-reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
        try {
            stack.startInfrastructure();
            // recruiting is not running: the test provisions the topics as their owners would in a cluster, and
            // announces the farm in recruiting's place
            TopicsOfTheCatalogue.provision(stack.bootstrapServers(), ScaleOutStack.PARTITIONS,
                    ScaleOutStack.REPLICATION_FACTOR, ScaleOutStack.MIN_INSYNC_REPLICAS);
            TheFarm.announce(stack.bootstrapServers());
            stack.startServices();
            unitId = TheFarm.registerAndInspectUnit(stack.agriPorts.getFirst(), MIFI, "scale-out-" + RUN, TODAY);
        } catch (RuntimeException | Error e) {
            System.out.println(stack.tails(60));
            throw e;
        }
        setupSeconds = seconds(started);
    }

    @AfterAll
    static void stopTheStack() {
        if (stack != null) {
            stack.close();
            stack = null;
        }
        if (reaper != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(reaper);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
        }
    }

    @Test
    void everyWorkerOnceInOrderWhileABrokerAndAnInstanceOfEachServiceAreKilled() {
        long started = System.nanoTime();
        LoadClients clients = new LoadClients(stack.agriPorts, EMPLOYER, FARM, unitId, RUN, TODAY);
        AtomicReference<Integer> killedBroker = new AtomicReference<>();
        // a killed instance is started again at once and comes back while the load goes on: the next fault does not
        // wait for it, so that every fault falls within the load; the test waits for all of them before it checks
        Map<String, CompletableFuture<Double>> backAfter = new LinkedHashMap<>();
        List<Fault> faults = List.of(
                new Fault("broker leading the controller quorum SIGKILL (back at 60 %)", 0.10, () -> {
                    int leader = stack.quorumLeader();
                    killedBroker.set(leader);
                    stack.brokers.get(leader - 1).kill();
                }),
                new Fault("agricultural-workers-1 SIGKILL, restarted", 0.25, () -> {
                    stack.agri.getFirst().kill();
                    stack.agri.getFirst().start();
                    backAfter.put("agricultural-workers-1", backInBackground(
                            () -> stack.awaitHealthy(stack.agri.getFirst(), stack.agriPorts.getFirst())));
                }),
                new Fault("common-view-2 SIGKILL, restarted", 0.40, () -> {
                    stack.views.get(1).kill();
                    stack.views.get(1).start();
                    backAfter.put("common-view-2", backInBackground(
                            () -> stack.awaitHealthy(stack.views.get(1), stack.viewPorts.get(1))));
                }),
                new Fault("killed broker started again", 0.60, () -> {
                    stack.brokers.get(killedBroker.get() - 1).start();
                    backAfter.put("broker-" + killedBroker.get(), backInBackground(
                            () -> stack.awaitBroker(killedBroker.get())));
                }));

        Map<String, Object> report = new LinkedHashMap<>();
        List<Map<String, Object>> injected = new ArrayList<>();
        List<ConsulateViews.Figures> figures = new ArrayList<>();
        Map<String, Map<String, Integer>> groups = new TreeMap<>();
        Map<String, Double> restarts = new LinkedHashMap<>();
        TopicFigures topic = null;
        boolean converged = false;
        double loadSeconds = 0;
        double recoverySeconds = 0;
        try {
            LoadClients.Run run = clients.start(FaultSuiteTest.plans());
            for (Fault fault : faults) {
                run.awaitAnswered((int) (run.commands() * fault.afterShare()), Duration.ofMinutes(3));
                long at = System.nanoTime();
                System.out.printf("scale-out: %s after %d of %d answers%n", fault.description(), run.answered(),
                        run.commands());
                fault.inject().run();
                injected.add(Map.of("fault", fault.description(), "afterAnswers", run.answered(),
                        "atSeconds", round(seconds(started) - seconds(at)), "tookSeconds", round(seconds(at))));
            }
            run.awaitDone(Duration.ofMinutes(4));
            loadSeconds = seconds(started);
            backAfter.forEach((part, back) -> restarts.put(part, round(back.join())));
            long loadEnded = System.nanoTime();
            converged = converge(clients, figures);
            recoverySeconds = seconds(loadEnded);
            groups.putAll(sharedPartitions());
            topic = topicFigures(clients.posted());
        } catch (RuntimeException | Error e) {
            System.out.println(stack.tails(60));
            throw e;
        } finally {
            ConsulateViews.Figures end = figures.isEmpty() ? null : figures.getLast();
            report.put("commands", clients.commandsSentTotal());
            report.put("commandsByKind", clients.commandsSent());
            report.put("workersAnswered", clients.posted().size());
            report.put("faults", injected.stream().filter(f -> f.get("fault").toString().contains("SIGKILL")).count());
            report.put("lost", end == null ? null : end.lost());
            report.put("duplicated", end == null ? null : end.duplicated());
            report.put("outOfOrder", end == null ? null : end.outOfOrder());
            report.put("unexpected", end == null ? null : end.unexpected());
            report.put("requests", clients.requests());
            report.put("retries", clients.retries());
            report.put("answers", clients.answers());
            report.put("clientFailures", clients.failures());
            report.put("injected", injected);
            report.put("serving again after (s)", restarts);
            report.put("partitionsByGroupMember", groups);
            report.put("topicRecords", topic == null ? null : topic.records());
            report.put("topicRepeats", topic == null ? null : topic.repeats());
            report.put("topicOutOfOrder", topic == null ? null : topic.outOfOrder());
            report.put("setupSeconds", round(setupSeconds));
            report.put("loadSeconds", round(loadSeconds));
            report.put("viewsWholeAfterLoadSeconds", converged ? round(recoverySeconds) : null);
            report.put("testSeconds", round(seconds(started)));
            report.put("examples", end == null ? List.of() : end.examples());
            write(report, TARGET.resolve("scale-out.json"));
            System.out.printf("%nScale-out: commands %s, faults %s, lost %s, duplicated %s, out of order %s "
                            + "(3 brokers, 2 x agricultural-workers, 2 x common-view; setup %.0f s, load %.0f s, "
                            + "views whole %s s after; %s)%n%n",
                    report.get("commands"), report.get("faults"), report.get("lost"), report.get("duplicated"),
                    report.get("outOfOrder"), setupSeconds, loadSeconds, report.get("viewsWholeAfterLoadSeconds"),
                    report);
        }

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(clients.failures()).as("commands refused (4xx) or abandoned").isEmpty();
        softly.assertThat(clients.commandsSentTotal()).as("commands sent").isEqualTo(1300);
        softly.assertThat(converged).as("both common-view instances show every answered command, once, in order: %s",
                figures.isEmpty() ? "never read" : figures.getLast()).isTrue();
        ConsulateViews.Figures end = figures.getLast();
        softly.assertThat(end.lost()).as("lost: %s", end.examples()).isZero();
        softly.assertThat(end.duplicated()).as("duplicated: %s", end.examples()).isZero();
        softly.assertThat(end.outOfOrder()).as("out of order: %s", end.examples()).isZero();
        softly.assertThat(end.unexpected()).as("unexpected: %s", end.examples()).isZero();
        softly.assertThat(topic.outOfOrder()).as("aggregates whose events reached the topic out of order: %s",
                topic.examples()).isZero();
        for (String group : List.of("agricultural-workers", "common-view")) {
            softly.assertThat(groups.get(group)).as("members of %s holding partitions of %s", group, Topics.AGRI_WORKERS)
                    .hasSize(ScaleOutStack.INSTANCES);
            softly.assertThat(groups.getOrDefault(group, Map.of()).values().stream().mapToInt(Integer::intValue).sum())
                    .as("partitions of %s held in %s", Topics.AGRI_WORKERS, group).isEqualTo(ScaleOutStack.PARTITIONS);
        }
        softly.assertAll();
    }

    /** Seconds until {@code serving} returns, from now, measured on a thread of its own. */
    private static CompletableFuture<Double> backInBackground(Runnable serving) {
        long from = System.nanoTime();
        return CompletableFuture.supplyAsync(() -> {
            serving.run();
            return seconds(from);
        }, task -> Thread.ofPlatform().daemon().name("scale-out-restart").start(task));
    }

    /** Both instances read the same database: each must show the consulates the whole truth. */
    private static boolean converge(LoadClients clients, List<ConsulateViews.Figures> figures) {
        List<ConsulateViews> views = stack.viewPorts.stream()
                .map(port -> new ConsulateViews(port, MIFI, FaultSuiteTest.COUNTRIES)).toList();
        try {
            await("both common-view instances to show every answered command once and in order").atMost(CONVERGENCE)
                    .pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
                        for (ConsulateViews view : views) {
                            ConsulateViews.Figures seen = ConsulateViews.compare(clients.posted(), view.read());
                            figures.add(seen);
                            if (!seen.clean()) {
                                return false;
                            }
                        }
                        return true;
                    });
            return true;
        } catch (ConditionTimeoutException e) {
            System.out.println("scale-out: the views did not converge: "
                    + (figures.isEmpty() ? "never read" : figures.getLast()));
            System.out.println(stack.tails(40));
            if (figures.isEmpty()) {
                figures.add(ConsulateViews.compare(clients.posted(), new ConsulateViews.Snapshot(List.of(), 0)));
            }
            return false;
        }
    }

    /**
     * Each group's members and how many partitions of the agri-workers topic each holds, once the group has settled
     * after the restarts and the cluster is whole again (every partition's replicas back in sync).
     */
    private static Map<String, Map<String, Integer>> sharedPartitions() {
        Map<String, Map<String, Integer>> byGroup = new TreeMap<>();
        try (Admin admin = stack.admin()) {
            await("every partition of " + Topics.AGRI_WORKERS + " to have its three replicas in sync again")
                    .atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
                        TopicDescription topic = admin.describeTopics(List.of(Topics.AGRI_WORKERS)).allTopicNames()
                                .get(10, TimeUnit.SECONDS).get(Topics.AGRI_WORKERS);
                        return topic.partitions().stream().allMatch(p -> p.isr().size() == ScaleOutStack.REPLICATION_FACTOR);
                    });
            List<String> groups = List.of("agricultural-workers", "common-view");
            await("both instances of each service to share the partitions").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
                        byGroup.clear();
                        Map<String, ConsumerGroupDescription> described = admin.describeConsumerGroups(groups)
                                .all().get(10, TimeUnit.SECONDS);
                        described.forEach((group, description) -> {
                            Map<String, Integer> members = new TreeMap<>();
                            // a service's binding has one consumer per topic it reads, all in its group: those of the
                            // other topics hold none of this one's partitions
                            for (MemberDescription member : description.members()) {
                                int held = (int) member.assignment().topicPartitions().stream()
                                        .filter(tp -> tp.topic().equals(Topics.AGRI_WORKERS)).count();
                                if (held > 0) {
                                    members.put(member.consumerId(), held);
                                }
                            }
                            byGroup.put(group, members);
                        });
                        return byGroup.values().stream().allMatch(members -> members.size() == ScaleOutStack.INSTANCES
                                && members.values().stream().mapToInt(Integer::intValue).sum() == ScaleOutStack.PARTITIONS);
                    });
        } catch (ConditionTimeoutException e) {
            System.out.println("scale-out: the groups or replicas did not settle: " + byGroup);
        }
        return byGroup;
    }

    /**
     * What the relays put on the topic, worker by worker (one key, one partition): {@code repeats} are records of an
     * event already there (a relay that died after the broker had its send and before it could tell the store; the
     * consumers ignore them), {@code outOfOrder} workers whose events first appear out of sequence.
     */
    record TopicFigures(int records, int repeats, int outOfOrder, List<String> examples) {
    }

    private static TopicFigures topicFigures(Map<String, LoadClients.Posted> posted) {
        Map<String, List<ConsumerRecord<String, byte[]>>> byWorker = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> r : readToEnd(Topics.AGRI_WORKERS)) {
            if (posted.containsKey(r.key())) {
                byWorker.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
            }
        }
        int records = 0;
        int repeats = 0;
        int outOfOrder = 0;
        List<String> examples = new ArrayList<>();
        for (Map.Entry<String, List<ConsumerRecord<String, byte[]>>> worker : byWorker.entrySet()) {
            Set<String> seen = new HashSet<>();
            long last = 0;
            boolean ordered = true;
            for (ConsumerRecord<String, byte[]> r : worker.getValue()) {
                records++;
                if (!seen.add(KafkaTestClient.header(r, CloudEventHeaders.ID))) {
                    repeats++;
                    continue;
                }
                long sequence = Long.parseLong(KafkaTestClient.header(r, CloudEventHeaders.SEQUENCE));
                ordered &= sequence == last + 1;
                last = sequence;
            }
            if (!ordered) {
                outOfOrder++;
                if (examples.size() < 10) {
                    examples.add(worker.getKey() + ": " + worker.getValue().stream()
                            .map(r -> KafkaTestClient.header(r, CloudEventHeaders.SEQUENCE)).toList());
                }
            }
        }
        return new TopicFigures(records, repeats, outOfOrder, examples);
    }

    private static List<ConsumerRecord<String, byte[]>> readToEnd(String topic) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            await("the end of " + topic).atMost(Duration.ofSeconds(60)).pollInSameThread().until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
            });
        }
        return records;
    }

    private static void write(Map<String, Object> report, Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double round(double seconds) {
        return Math.round(seconds * 10) / 10.0;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
