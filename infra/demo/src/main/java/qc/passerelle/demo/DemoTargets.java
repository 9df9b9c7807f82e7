package qc.passerelle.demo;

import java.net.URI;

/** Where the demo season is loaded: the development token issuer and each service's base URL. */
public record DemoTargets(URI identity, URI commonView, URI recruiting, URI studentAttraction, URI francization,
                          URI agriculturalWorkers) {

    /** The local stack of {@code ./passerelle up}, on the ports of DESIGN. */
    public static DemoTargets local() {
        return new DemoTargets(URI.create("http://localhost:9000"), URI.create("http://localhost:8080"),
                URI.create("http://localhost:8081"), URI.create("http://localhost:8082"),
                URI.create("http://localhost:8083"), URI.create("http://localhost:8084"));
    }
}
