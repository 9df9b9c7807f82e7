package qc.passerelle.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** Identity fails closed: the local issuer is trusted under the dev profile only, and every token must name our audience. */
class IdentityEnvironmentTest {

    @Test
    void withoutTheDevProfileAServiceWithNoIdentityProviderRefusesToStartSayingWhatToSet() {
        MockEnvironment environment = new MockEnvironment();
        new IdentityEnvironment().postProcessEnvironment(environment, new SpringApplication());

        assertThatThrownBy(() -> IdentityEnvironment.requireIdentityProvider(environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(IdentityEnvironment.ISSUER).hasMessageContaining("dev");
        assertThat(environment.getProperty(IdentityEnvironment.AUDIENCES)).isEqualTo("passerelle");
    }

    @Test
    void theDevProfileTrustsTheLocalIssuerUnlessAnotherIsGiven() {
        MockEnvironment dev = new MockEnvironment();
        dev.setActiveProfiles("dev");
        new IdentityEnvironment().postProcessEnvironment(dev, new SpringApplication());
        MockEnvironment devWithKeycloak = new MockEnvironment()
                .withProperty(IdentityEnvironment.ISSUER, "http://localhost:8180/realms/passerelle");
        devWithKeycloak.setActiveProfiles("dev");
        new IdentityEnvironment().postProcessEnvironment(devWithKeycloak, new SpringApplication());

        IdentityEnvironment.requireIdentityProvider(dev);
        assertThat(dev.getProperty(IdentityEnvironment.ISSUER)).isEqualTo("http://localhost:9000");
        assertThat(devWithKeycloak.getProperty(IdentityEnvironment.ISSUER)).isEqualTo("http://localhost:8180/realms/passerelle");
    }

    @Test
    void aConfiguredIssuerIsEnoughWithoutTheDevProfile() {
        MockEnvironment production = new MockEnvironment()
                .withProperty(IdentityEnvironment.ISSUER, "https://sso.example.gouv.qc.ca/realms/passerelle");
        new IdentityEnvironment().postProcessEnvironment(production, new SpringApplication());

        IdentityEnvironment.requireIdentityProvider(production);
        assertThat(production.getProperty(IdentityEnvironment.ISSUER)).startsWith("https://sso.");
    }
}
