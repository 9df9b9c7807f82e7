package qc.passerelle.browser;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import qc.passerelle.demo.DemoReport;
import qc.passerelle.demo.DemoSeason;
import qc.passerelle.demo.InProcessStack;
import qc.passerelle.demo.Progress;

/**
 * The whole stack in this JVM with the demo season loaded, as a newcomer has it after {@code ./passerelle up} and
 * {@code ./passerelle demo}: started once for all the browser tests (it is slow on 2 cores), closed at the end.
 */
final class Season implements AutoCloseable {

    /** The development issuer's demo employer; the demo registers this farm with workers and a failing unit. */
    static final String DEMO_EMPLOYER = "emp-ferme-001";
    private static final List<String> COUNTRIES = List.of("GT", "MX", "HN", "JM", "SV");

    private final InProcessStack stack;
    private final DevIssuer issuer;

    private Season(InProcessStack stack) {
        this.stack = stack;
        this.issuer = new DevIssuer(stack.identity());
    }

    static Season start() {
        long started = System.nanoTime();
        InProcessStack stack = InProcessStack.start();
        Season season = new Season(stack);
        try {
            System.out.printf("browser tests: stack up in %.1f s%n", seconds(started));
            long loading = System.nanoTime();
            DemoReport report = DemoSeason.load(stack.targets(), Progress.console(System.out, false));
            System.out.printf("browser tests: demo season loaded in %.1f s%n%s", seconds(loading), report.describe());
            if (!report.failures().isEmpty() || !report.skipped().isEmpty()) {
                throw new IllegalStateException("the demo season did not load whole: failures " + report.failures()
                        + ", skipped " + report.skipped());
            }
            season.awaitViewsCaughtUp();
            System.out.printf("browser tests: season ready in %.1f s%n", seconds(started));
            return season;
        } catch (RuntimeException e) {
            season.close();
            throw e;
        }
    }

    /**
     * The pages read common-view's views, which follow the services' events: wait until every worker the services
     * hold is in a consulate's view and the demo farm's alert is raised, so that every page shows the whole season.
     */
    private void awaitViewsCaughtUp() {
        String mifi = issuer.mifiToken();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
            long inViews = 0;
            for (String country : COUNTRIES) {
                long inService = JsonApi.totalItems(mifi,
                        agriculturalWorkers().resolve("/api/workers?size=1&citizenship=" + country));
                long inView = JsonApi.totalItems(mifi,
                        site().resolve("/api/views/consulates/" + country + "/workers?size=1"));
                if (inService != inView) {
                    return false;
                }
                inViews += inView;
            }
            String farm = issuer.token("browser-tests-farm", "EMPLOYER", Map.of("employer_id", DEMO_EMPLOYER));
            return inViews > 0 && inViews == JsonApi.totalItems(mifi, agriculturalWorkers().resolve("/api/workers?size=1"))
                    && JsonApi.totalItems(farm, site().resolve("/api/views/alerts?size=1")) > 0;
        });
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** The dashboard: common-view's base URL. */
    URI site() {
        return stack.commonView();
    }

    URI agriculturalWorkers() {
        return stack.agriculturalWorkers();
    }

    DevIssuer issuer() {
        return issuer;
    }

    @Override
    public void close() {
        stack.close();
    }
}
