package qc.passerelle.demo;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The season in agricultural-workers: arrivals over the spring, then absences, transfers, departures and reports. */
final class WorkersSeason {

    private final LoadContext load;
    private final SeasonPlan plan;
    private final Map<Integer, String> unitIds;
    private final Map<Integer, String> workerIds = new ConcurrentHashMap<>();

    WorkersSeason(LoadContext load, SeasonPlan plan, Map<Integer, String> unitIds) {
        this.load = load;
        this.plan = plan;
        this.unitIds = unitIds;
    }

    void arrivals() {
        URI agri = load.targets().agriculturalWorkers();
        String mifi = load.mifi();
        URI list = LoadContext.at(agri, "/api/workers?size=1");
        Optional<Long> before = load.api().total(mifi, list);
        List<SeasonPlan.Worker> housed = plan.workers().stream().filter(w -> unitIds.containsKey(w.unit())).toList();
        if (housed.size() < plan.workers().size()) {
            load.report().skipped((plan.workers().size() - housed.size()) + " arrivées : leur logement manque / "
                    + "arrivals whose housing unit could not be registered");
        }
        int failed = load.each("Arrivées / arrivals", housed, worker -> {
            SeasonPlan.Unit unit = plan.units().get(worker.unit());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("givenName", worker.givenName());
            body.put("familyName", worker.familyName());
            body.put("citizenship", worker.country());
            body.put("birthYear", worker.birthYear());
            body.put("stream", worker.stream());
            body.put("employerId", plan.farms().get(unit.farm()).id());
            body.put("housingUnitId", unitIds.get(worker.unit()));
            body.put("arrivalDate", worker.arrivalDate().toString());
            body.put("flightNumber", worker.flightNumber());
            body.put("returning", worker.returning());
            DemoApi.Answer answer = LoadContext.require(load.api().post(mifi, LoadContext.at(agri, "/api/workers/arrivals"),
                    body, load.key("arrival", worker.index())), worker.givenName() + " " + worker.familyName());
            workerIds.put(worker.index(), answer.text("workerId"));
        });
        Optional<Long> after = load.api().total(mifi, list);
        load.report().line("Travailleurs arrivés / workers arrived", plan.workers().size(),
                FarmsAndHousing.added(before, after), after.orElse(-1L), failed);
    }

    /** Each change is sent only if the worker is not already in its outcome, so that a second run changes nothing. */
    void transitions() {
        URI agri = load.targets().agriculturalWorkers();
        String mifi = load.mifi();
        Map<SeasonPlan.Kind, AtomicInteger> added = new ConcurrentHashMap<>();
        Map<SeasonPlan.Kind, AtomicInteger> failures = new ConcurrentHashMap<>();
        for (SeasonPlan.Kind kind : SeasonPlan.Kind.values()) {
            added.put(kind, new AtomicInteger());
            failures.put(kind, new AtomicInteger());
        }
        List<SeasonPlan.Transition> possible = plan.transitions().stream()
                .filter(t -> workerIds.containsKey(t.worker()) && (t.toUnit() < 0 || unitIds.containsKey(t.toUnit())))
                .toList();
        load.each("Absences, transferts, départs", possible, transition -> {
            try {
                String workerId = workerIds.get(transition.worker());
                DemoApi.Answer worker = LoadContext.require(load.api().get(mifi,
                        LoadContext.at(agri, "/api/workers/" + workerId)), "worker " + workerId);
                if (alreadyDone(transition, worker)) {
                    return;
                }
                LoadContext.require(load.api().post(mifi, LoadContext.at(agri, "/api/workers/" + workerId + path(transition)),
                        body(transition), load.key(transition.kind().name().toLowerCase(), transition.worker())),
                        transition.kind() + " of " + workerId);
                added.get(transition.kind()).incrementAndGet();
            } catch (RuntimeException e) {
                failures.get(transition.kind()).incrementAndGet();
                throw e;
            }
        });
        line("Absences signalées / absences", SeasonPlan.Kind.ABSENCE, added, failures);
        line("Transferts / transfers", SeasonPlan.Kind.TRANSFER, added, failures);
        line("Départs / departures", SeasonPlan.Kind.DEPARTURE, added, failures);
    }

    private void line(String label, SeasonPlan.Kind kind, Map<SeasonPlan.Kind, AtomicInteger> added,
                      Map<SeasonPlan.Kind, AtomicInteger> failures) {
        int wanted = (int) plan.transitions().stream().filter(t -> t.kind() == kind).count();
        load.report().line(label, wanted, added.get(kind).get(), -1, failures.get(kind).get());
    }

    private boolean alreadyDone(SeasonPlan.Transition transition, DemoApi.Answer worker) {
        String status = worker.text("status");
        return switch (transition.kind()) {
            case ABSENCE -> "ABSENT".equals(status);
            case DEPARTURE -> "DEPARTED".equals(status);
            case TRANSFER -> plan.farms().get(plan.units().get(transition.toUnit()).farm()).id()
                    .equals(worker.text("employerId"));
        };
    }

    private static String path(SeasonPlan.Transition transition) {
        return switch (transition.kind()) {
            case ABSENCE -> "/absences";
            case TRANSFER -> "/transfers";
            case DEPARTURE -> "/departures";
        };
    }

    private Map<String, Object> body(SeasonPlan.Transition transition) {
        Map<String, Object> body = new LinkedHashMap<>();
        switch (transition.kind()) {
            case ABSENCE -> body.put("lastSeenOn", transition.on().toString());
            case DEPARTURE -> {
                body.put("departureDate", transition.on().toString());
                body.put("reason", transition.reason());
            }
            case TRANSFER -> {
                body.put("toEmployerId", plan.farms().get(plan.units().get(transition.toUnit()).farm()).id());
                body.put("toHousingUnitId", unitIds.get(transition.toUnit()));
                body.put("transferDate", transition.on().toString());
                body.put("workerConsented", true);
            }
        }
        return body;
    }

    void reports() {
        URI agri = load.targets().agriculturalWorkers();
        String mifi = load.mifi();
        URI list = LoadContext.at(agri, "/api/condition-reports?size=1");
        Optional<Long> before = load.api().total(mifi, list);
        List<SeasonPlan.Report> possible = plan.reports().stream().filter(r -> workerIds.containsKey(r.worker())).toList();
        int failed = load.each("Signalements / condition reports", possible, report -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("workerId", workerIds.get(report.worker()));
            body.put("filedBy", report.filedBy());
            body.put("category", report.category());
            body.put("language", report.language());
            body.put("text", report.text());
            LoadContext.require(load.api().post(mifi, LoadContext.at(agri, "/api/condition-reports"), body,
                    load.key("report", report.index())), "condition report " + report.index());
        });
        Optional<Long> after = load.api().total(mifi, list);
        load.report().line("Signalements (fr, es, en) / condition reports", plan.reports().size(),
                FarmsAndHousing.added(before, after), after.orElse(-1L), failed);
    }
}
