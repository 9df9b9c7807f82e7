package qc.passerelle.kraft;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/**
 * Three (or more) real Kafka brokers on one machine, in-process, each also a voter of the KRaft controller quorum:
 * topics get three replicas and need two of them for a write, so one node can fail, or be stopped and started
 * again, without a client losing an acknowledged record. Ports and data are kept across a node's restart.
 */
public final class KraftCluster implements AutoCloseable {

    private final List<KraftBroker> nodes;

    public KraftCluster(Path dataDir, int size) {
        if (size < 3) {
            throw new IllegalArgumentException("a cluster that survives a failed node needs three nodes, not " + size);
        }
        List<Integer> ports = new ArrayList<>();
        List<Integer> controllerPorts = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            ports.add(KraftBroker.freePort());
            controllerPorts.add(KraftBroker.freePort());
        }
        String voters = voters(controllerPorts);
        List<KraftBroker> built = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            built.add(KraftBroker.clusterNode(dataDir.resolve("node-" + (i + 1)), i + 1, ports.get(i),
                    controllerPorts.get(i), voters));
        }
        this.nodes = List.copyOf(built);
    }

    /** {@code 1@localhost:p1,2@localhost:p2,...}: node ids count from 1, in the order of the ports. */
    public static String voters(List<Integer> controllerPorts) {
        StringBuilder voters = new StringBuilder();
        for (int i = 0; i < controllerPorts.size(); i++) {
            voters.append(i == 0 ? "" : ",").append(i + 1).append("@localhost:").append(controllerPorts.get(i));
        }
        return voters.toString();
    }

    /**
     * Starts every node that is not running, all at once: a node's start-up waits for a quorum of controllers, so
     * one at a time the first would never finish.
     */
    public void start() {
        List<CompletableFuture<Void>> starting = nodes.stream()
                .filter(node -> !node.isRunning())
                .map(node -> CompletableFuture.runAsync(node::start,
                        task -> Thread.ofPlatform().name("kraft-node-" + node.nodeId() + "-start").start(task)))
                .toList();
        try {
            CompletableFuture.allOf(starting.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    public List<KraftBroker> nodes() {
        return nodes;
    }

    public KraftBroker node(int nodeId) {
        return nodes.get(nodeId - 1);
    }

    /** Every node's address: a client finds the cluster through whichever answers. */
    public String bootstrapServers() {
        return nodes.stream().map(KraftBroker::bootstrapServers).collect(Collectors.joining(","));
    }

    public int replicationFactor() {
        return nodes.getFirst().replicationFactor();
    }

    public int minInsyncReplicas() {
        return nodes.getFirst().minInsyncReplicas();
    }

    /**
     * Every node together, an outage of the whole cluster; {@link #start()} brings it back. At once, like the start:
     * a node stopping after the quorum has gone would wait for a controller to agree to its shutdown.
     */
    public void stop() {
        CompletableFuture.allOf(nodes.stream()
                .map(node -> CompletableFuture.runAsync(node::stop,
                        task -> Thread.ofPlatform().name("kraft-node-" + node.nodeId() + "-stop").start(task)))
                .toArray(CompletableFuture[]::new)).join();
    }

    @Override
    public void close() {
        stop();
    }
}
