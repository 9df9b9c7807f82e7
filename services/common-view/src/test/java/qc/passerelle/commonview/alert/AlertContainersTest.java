package qc.passerelle.commonview.alert;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;
import qc.passerelle.commonview.support.TestClockConfiguration;
import qc.passerelle.testsupport.ContainerInfrastructure;
import qc.passerelle.testsupport.TestInfrastructure;

/** The same alert scenarios on the real apache/kafka and mongo images, wherever Docker runs. */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
class AlertContainersTest extends AlertScenarios {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ContainerInfrastructure.get().register(registry, "common-view-alerts");
        registry.add("spring.cloud.stream.bindings.mobilityEvents-in-0.group", () -> "common-view-alerts");
        registry.add("passerelle.common-view.alerts.first-check", () -> "PT1H");
    }

    @Override
    protected TestInfrastructure infrastructure() {
        return ContainerInfrastructure.get();
    }
}
