package qc.passerelle.local;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.h2.mvstore.MVStore;
import qc.passerelle.wireserver.KeyedH2Backend;
import qc.passerelle.wireserver.StoreFormat;

/**
 * The local stack's database: MongoDB's wire protocol served from an H2 file, so data survives a restart, and a write
 * is acknowledged only once it is on disk, so data also survives a crash (ADR 0010).
 * {@code MongoWireServer <port> <data dir>}; stops cleanly (and closes the file) on SIGTERM.
 */
public final class MongoWireServer implements AutoCloseable {

    /** When an acknowledged write reaches the disk. */
    enum Commits {
        /** Committed and synced before the reply (group commit). The only mode {@link #main} runs. */
        BEFORE_REPLY,
        /**
         * H2's background commit, about once a second: writes acknowledged in the last second die with the process.
         * The old behaviour, kept only as the baseline of {@code StoreWriteBenchmark}.
         */
        IN_BACKGROUND
    }

    /**
     * H2's page cache, in MB. Its pages stay in it long enough to outlive a young collection, so the cache's turnover
     * is what the collector promotes and then collects in full: with 64 MB, late in a whole season, a full collection
     * every 2–4 s. Since the per-scope documents are small (ADR 0020), 24 MB serves as well, with less to collect:
     * two whole seasons at 228 and 243 commands/s (last/first tenth 0.96 and 1.02) against 222 and 213 (0.81 and 1.2)
     * with 64 MB, the store on the full JIT (ADR 0016). {@code -Dpasserelle.store.cache-mb} sets it otherwise.
     */
    private static final int CACHE_MB = Integer.getInteger("passerelle.store.cache-mb", 24);

    private final MongoServer server;

    private MongoWireServer(MongoServer server) {
        this.server = server;
    }

    /** The local stack's store, durable as {@link #main} runs it; port 0 picks a free one (benchmarks). */
    public static MongoWireServer durable(int port, Path data) throws IOException {
        return start(port, data, Commits.BEFORE_REPLY);
    }

    static MongoWireServer start(int port, Path data, Commits commits) throws IOException {
        Files.createDirectories(data);
        Path path = data.resolve("passerelle.mv").toAbsolutePath();
        StoreFormat.upgrade(path, MongoWireServer::openDurably);
        String file = path.toString();
        MongoBackend backend = switch (commits) {
            case BEFORE_REPLY -> durable(file);
            case IN_BACKGROUND -> new KeyedH2Backend(MVStore.open(file));
        };
        MongoServer server = new MongoServer(backend);
        server.bind("localhost", port);
        return new MongoWireServer(server);
    }

    private static MongoBackend durable(String file) {
        MVStore store = openDurably(Path.of(file));
        return new DurableBackend(new KeyedH2Backend(store), new GroupCommit(store));
    }

    private static MVStore openDurably(Path file) {
        // no background writer: the group commit is the store's only committer, so that every commit is on disk before
        // the next one starts (and its writer threads do not sit between the committer and the file)
        MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled()
                .cacheSize(CACHE_MB).open();
        // H2 waits 45 s before reusing a dead chunk's space, trusting the OS to have written the commits that replaced
        // it by then; here every commit is synced before the next one starts, and waiting would grow the file by 45 s
        // of commits under load (1.5 GB after 30 s, measured)
        store.setRetentionTime(0);
        return store;
    }

    public int port() {
        return server.getLocalAddress().getPort();
    }

    /** Stops serving, commits what writes still wait for, then closes the file. */
    @Override
    public void close() {
        server.shutdown();
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 27017;
        Path data = Path.of(args.length > 1 ? args[1] : "data/mongo");
        MongoWireServer server = start(port, data, Commits.BEFORE_REPLY);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "mongo-shutdown"));
        System.out.println("MongoDB wire server ready on localhost:" + port + ", data in " + data.toAbsolutePath());
        stopped.await();
    }
}
