package qc.passerelle.wireserver;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;

/** A backend served on a free port, with a driver connected to it; closing both closes the backend's file. */
final class Served implements AutoCloseable {
    private final MongoServer server;
    private final MongoClient client;

    Served(MongoBackend backend) {
        server = new MongoServer(backend);
        java.net.InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
    }

    MongoCollection<Document> workers() {
        return client.getDatabase("test").getCollection("workers");
    }

    @Override
    public void close() {
        client.close();
        server.shutdown();
    }
}
