package qc.passerelle.francization;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import qc.passerelle.testsupport.EmbeddedInfrastructure;

/**
 * The service on the embedded broker and wire server. Declared once here, so that every test class implementing it
 * has the same configuration and they all share one application context (one start-up for the whole suite).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
interface OnEmbeddedInfrastructure {

    @DynamicPropertySource
    static void embeddedInfrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.get().register(registry, "francization");
    }
}
