package qc.passerelle.francization;

import qc.passerelle.testsupport.EmbeddedInfrastructure;
import qc.passerelle.testsupport.TestInfrastructure;

class FrancizationEmbeddedTest extends FrancizationScenarios implements OnEmbeddedInfrastructure {

    @Override
    protected TestInfrastructure infrastructure() {
        return EmbeddedInfrastructure.get();
    }
}
