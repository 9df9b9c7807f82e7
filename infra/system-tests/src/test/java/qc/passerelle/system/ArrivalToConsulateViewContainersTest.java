package qc.passerelle.system;

import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.junit.jupiter.Testcontainers;
import qc.passerelle.testsupport.ContainerInfrastructure;
import qc.passerelle.testsupport.TestInfrastructure;

/** The same end-to-end scenarios on the real apache/kafka and mongo images, wherever Docker runs. */
@Testcontainers(disabledWithoutDocker = true)
class ArrivalToConsulateViewContainersTest extends ArrivalToConsulateViewScenarios {

    @BeforeAll
    static void start() {
        startServices(ContainerInfrastructure.get());
    }

    @Override
    TestInfrastructure infrastructure() {
        return ContainerInfrastructure.get();
    }
}
