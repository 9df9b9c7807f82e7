package qc.passerelle.recruiting;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import qc.passerelle.testsupport.EmbeddedInfrastructure;

/**
 * The one application context of the embedded tests: every class that implements this shares it (same
 * configuration, same property source), so the service starts once per test run, on the embedded KRaft broker and
 * wire server. The public path's limits are those of a small machine serving 50 clients at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "recruiting.burst.max-concurrent=24",
        "recruiting.burst.max-wait=200ms",
        "recruiting.burst.per-second=100000"})
public interface OnEmbeddedInfrastructure {

    @DynamicPropertySource
    static void embeddedInfrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.get().register(registry, "recruiting");
    }
}
