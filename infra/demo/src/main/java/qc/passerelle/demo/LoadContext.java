package qc.passerelle.demo;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** What every part of the load shares: the API, where the services are, the report, the progress and the clients. */
record LoadContext(DemoApi api, DemoTargets targets, DemoReport report, Progress progress, ExecutorService clients,
                   String keyPrefix) {

    static final String MIFI = "demo-mifi";

    String mifi() {
        return api.token(MIFI, "MIFI", Map.of());
    }

    /** The command's Idempotency-Key: the same on every run of the same season. */
    String key(String what, Object index) {
        return keyPrefix + what + "-" + index;
    }

    static URI at(URI service, String path) {
        return service.resolve(path);
    }

    /**
     * Runs the action for every item on the load's clients, one progress step each; a failure of one item is
     * counted and reported, never the end of the load.
     */
    <T> int each(String phase, List<T> items, Consumer<T> action) {
        progress.phase(phase, items.size());
        AtomicInteger failed = new AtomicInteger();
        List<Future<?>> running = items.stream().<Future<?>>map(item -> clients.submit(() -> {
            try {
                action.accept(item);
            } catch (RuntimeException e) {
                failed.incrementAndGet();
                report.failure(phase + ": " + e.getMessage());
            } finally {
                progress.advance();
            }
        })).toList();
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                failed.incrementAndGet();
            }
        }
        return failed.get();
    }

    /** The answer if it is a success, else an exception that says what the service answered. */
    static DemoApi.Answer require(DemoApi.Answer answer, String what) {
        if (!answer.ok()) {
            throw new IllegalStateException(what + " answered " + answer.problem());
        }
        return answer;
    }
}
