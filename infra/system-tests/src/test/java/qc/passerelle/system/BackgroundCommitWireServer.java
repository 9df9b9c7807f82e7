package qc.passerelle.system;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The local store as it was when issue 7 was filed: H2 commits in the background about once a second, so a write
 * can be acknowledged and still die with the process. Not the stack under test: the fault suite runs it only when
 * asked ({@code -Dfault-suite.store=background-commit}), to show that its figures do catch what finding 14 measured.
 */
public final class BackgroundCommitWireServer {

    private BackgroundCommitWireServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path data = Path.of(args[1]);
        Files.createDirectories(data);
        MongoServer server = new MongoServer(new H2Backend(data.resolve("passerelle.mv").toAbsolutePath().toString()));
        server.bind("localhost", port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdown();
            stopped.countDown();
        }));
        System.out.println("MongoDB wire server (background commit) ready on localhost:" + port);
        stopped.await();
    }
}
