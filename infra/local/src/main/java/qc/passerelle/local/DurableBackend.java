package qc.passerelle.local;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The H2 backend, with this promise added: a command that may change data is answered only once its change is
 * committed and synced. Reads are answered at once.
 *
 * <p>A decorator rather than a subclass, because the promise is about when replies leave, which is decided around
 * the command, not inside the backend's storage code.
 */
final class DurableBackend implements MongoBackend {

    private final MongoBackend store;
    private final GroupCommit commits;

    DurableBackend(MongoBackend store, GroupCommit commits) {
        this.store = store;
        this.commits = commits;
    }

    /** OP_MSG: every command of today's drivers. */
    @Override
    public Document handleMessage(MongoMessage message) {
        try {
            return store.handleMessage(message);
        } finally {
            // also after a failure: a command that failed halfway may still have changed data
            if (WriteCommands.changesData(message.getDocument())) {
                answerWhenDurable(message.getChannel());
            }
        }
    }

    /** OP_QUERY on {@code $cmd}: older drivers' commands. */
    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        try {
            return store.handleCommand(channel, databaseName, command, query);
        } finally {
            if (WriteCommands.changesData(command, query)) {
                answerWhenDurable(channel);
            }
        }
    }

    private void answerWhenDurable(Channel channel) {
        CompletableFuture<Void> durable = commits.nextCommit();
        if (channel != null) {
            ReplyGate.holdNextReply(channel, durable);
        } else {
            // not from a connection (no reply to hold back): the caller itself waits
            durable.join();
        }
    }

    @Override
    public void close() {
        // last commits first, while the store is still open
        commits.close();
        store.close();
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        return store.handleQuery(query);
    }

    @Override
    public void handleClose(Channel channel) {
        store.handleClose(channel);
    }

    @Override
    public void dropDatabase(String database) {
        store.dropDatabase(database);
        commits.nextCommit().join();
    }

    @Override
    public Collection<Document> getCurrentOperations(MongoQuery query) {
        return store.getCurrentOperations(query);
    }

    @Override
    public Document getServerStatus() {
        return store.getServerStatus();
    }

    @Override
    public void closeCursors(List<Long> cursorIds) {
        store.closeCursors(cursorIds);
    }

    @Override
    public Clock getClock() {
        return store.getClock();
    }

    @Override
    public void enableOplog() {
        store.enableOplog();
    }

    @Override
    public void disableOplog() {
        store.disableOplog();
    }

    @Override
    public MongoDatabase resolveDatabase(String database) {
        return store.resolveDatabase(database);
    }

    @Override
    public MongoBackend version(MongoVersion version) {
        store.version(version);
        return this;
    }
}
