package qc.passerelle.agri.inspection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RuleSetConfiguration {

    @Bean
    RuleSets ruleSets() {
        return RuleSets.fromClasspath();
    }
}
