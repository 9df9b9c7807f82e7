package qc.passerelle.kraft;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The local stack's broker process; stops cleanly on SIGTERM.
 * <ul>
 *   <li>{@code StandaloneKraftBroker <port> <data dir>}: a broker of its own;</li>
 *   <li>{@code StandaloneKraftBroker <port> <data dir> <node id> <controller port> <voters>}: one node of a cluster,
 *   {@code voters} being every node's controller address ({@code 1@localhost:19093,2@localhost:19095,...}), the
 *   same for each node. Start the nodes together: each waits for a quorum before it says it is ready.</li>
 * </ul>
 */
public final class StandaloneKraftBroker {

    private StandaloneKraftBroker() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 9092;
        Path data = Path.of(args.length > 1 ? args[1] : "data/kafka");
        KraftBroker broker;
        if (args.length >= 5) {
            broker = KraftBroker.clusterNode(data, Integer.parseInt(args[2]), port, Integer.parseInt(args[3]), args[4]);
        } else if (args.length <= 2) {
            broker = new KraftBroker(data, port);
        } else {
            System.err.println("usage: StandaloneKraftBroker <port> <data dir> [<node id> <controller port> <voters>]");
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.stop();
            stopped.countDown();
        }, "kafka-shutdown"));
        broker.start();
        System.out.println("Kafka broker (KRaft) ready on " + broker.bootstrapServers() + ", data in " + data.toAbsolutePath()
                + (args.length >= 5 ? ", node " + broker.nodeId() + " of " + args[4] : ""));
        stopped.await();
    }
}
