package qc.passerelle.kraft;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** The local stack's broker process: {@code StandaloneKraftBroker <port> <data dir>}; stops cleanly on SIGTERM. */
public final class StandaloneKraftBroker {

    private StandaloneKraftBroker() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 9092;
        Path data = Path.of(args.length > 1 ? args[1] : "data/kafka");
        KraftBroker broker = new KraftBroker(data, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.stop();
            stopped.countDown();
        }, "kafka-shutdown"));
        broker.start();
        System.out.println("Kafka broker (KRaft) ready on " + broker.bootstrapServers() + ", data in " + data.toAbsolutePath());
        stopped.await();
    }
}
