package qc.passerelle.system;

import org.junit.jupiter.api.BeforeAll;
import qc.passerelle.testsupport.EmbeddedInfrastructure;
import qc.passerelle.testsupport.TestInfrastructure;

class ArrivalToConsulateViewEmbeddedTest extends ArrivalToConsulateViewScenarios {

    @BeforeAll
    static void start() {
        startServices(EmbeddedInfrastructure.get());
    }

    @Override
    TestInfrastructure infrastructure() {
        return EmbeddedInfrastructure.get();
    }
}
