package qc.passerelle.web.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** Each service's OpenAPI document names the service, its build and its security instead of springdoc's defaults. */
@AutoConfiguration
@ConditionalOnClass({OpenAPI.class, org.springdoc.core.customizers.OpenApiCustomizer.class})
@EnableConfigurationProperties(ApiProperties.class)
public class OpenApiAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    OpenAPI passerelleOpenApi(Environment environment, ApiProperties api, ObjectProvider<BuildProperties> build) {
        String name = environment.getProperty("spring.application.name", "passerelle");
        BuildProperties properties = build.getIfAvailable();
        String version = properties != null && properties.getVersion() != null ? properties.getVersion() : BuildVersion.current();
        return ApiDocument.of(name, api, version);
    }

    @Bean
    ProblemResponses problemResponses() {
        return new ProblemResponses();
    }
}
