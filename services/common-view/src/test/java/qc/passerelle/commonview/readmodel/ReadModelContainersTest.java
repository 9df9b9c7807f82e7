package qc.passerelle.commonview.readmodel;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;
import qc.passerelle.testsupport.ContainerInfrastructure;
import qc.passerelle.testsupport.TestInfrastructure;

/** The same read-model scenarios on the real apache/kafka and mongo images, wherever Docker runs. */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadModelContainersTest extends ReadModelScenarios {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ContainerInfrastructure.get().register(registry, "common-view-read-models");
        registry.add("spring.cloud.stream.bindings.mobilityEvents-in-0.group", () -> "common-view-read-models");
        registry.add("passerelle.common-view.alerts.first-check", () -> "PT1H");
    }

    @Override
    protected TestInfrastructure infrastructure() {
        return ContainerInfrastructure.get();
    }
}
