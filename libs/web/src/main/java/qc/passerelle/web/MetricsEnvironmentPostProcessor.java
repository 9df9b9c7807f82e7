package qc.passerelle.web;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * What the Grafana dashboard (infra/grafana) relies on in every service's {@code /actuator/prometheus}: each series
 * tagged {@code application} with the service's name, wherever and however it is scraped, and request latencies as a
 * histogram so that percentiles can be aggregated across instances. Spring Security's own observations (one per filter
 * of the chain, on every request) are off: they took a tenth of a service's CPU under load (a JFR recording of the
 * season benchmark) and feed no panel; the request's own timer still measures the whole. Lowest precedence, so a
 * service can still override.
 */
public class MetricsEnvironmentPostProcessor implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("passerelleMetricsDefaults", Map.of(
                "management.metrics.tags.application", "${spring.application.name:passerelle}",
                "management.metrics.distribution.percentiles-histogram.http.server.requests", "true",
                "management.observations.enable.spring.security", "false")));
    }
}
