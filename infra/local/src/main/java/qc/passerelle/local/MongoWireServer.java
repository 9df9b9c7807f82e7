package qc.passerelle.local;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The local stack's database: MongoDB's wire protocol served from an H2 file, so data survives a restart.
 * {@code MongoWireServer <port> <data dir>}; stops cleanly (and closes the file) on SIGTERM.
 */
public final class MongoWireServer {

    private MongoWireServer() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 27017;
        Path data = Path.of(args.length > 1 ? args[1] : "data/mongo");
        Files.createDirectories(data);
        H2Backend backend = new H2Backend(data.resolve("passerelle.mv").toAbsolutePath().toString());
        MongoServer server = new MongoServer(backend);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdown();
            stopped.countDown();
        }, "mongo-shutdown"));
        server.bind("localhost", port);
        System.out.println("MongoDB wire server ready on localhost:" + port + ", data in " + data.toAbsolutePath());
        stopped.await();
    }
}
