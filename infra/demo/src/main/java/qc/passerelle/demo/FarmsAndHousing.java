package qc.passerelle.demo;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The farms, registered as employers through recruiting with ids of their own (the demo employer's is the one the
 * development issuer's demo user carries), then their housing units in agricultural-workers, each inspected under
 * the CNESST draft.
 */
final class FarmsAndHousing {

    /** How long a unit waits for agricultural-workers to learn its farm from recruiting's event. */
    private static final Duration FARM_KNOWN_WITHIN = Duration.ofSeconds(90);

    private final LoadContext load;
    private final SeasonPlan plan;
    final Map<Integer, String> unitIds = new ConcurrentHashMap<>();

    FarmsAndHousing(LoadContext load, SeasonPlan plan) {
        this.load = load;
        this.plan = plan;
    }

    void employers() {
        URI recruiting = load.targets().recruiting();
        String mifi = load.mifi();
        AtomicInteger added = new AtomicInteger();
        int failed = load.each("Fermes / farms (recruiting)", plan.farms(), farm -> {
            URI record = LoadContext.at(recruiting, "/api/employers/" + farm.id());
            if (load.api().get(mifi, record).ok()) {
                return;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("employerId", farm.id());
            body.put("legalName", farm.legalName());
            body.put("neq", farm.neq());
            body.put("region", farm.region().code());
            body.put("sectors", List.of("AGRICULTURE"));
            body.put("contactEmail", "rh." + farm.id() + "@exemple.qc.ca");
            body.put("needsLmia", true);
            DemoApi.Answer answer = load.api().post(mifi, LoadContext.at(recruiting, "/api/employers"), body,
                    load.key("employer", farm.index()));
            if (answer.status() == 201) {
                added.incrementAndGet();
            } else if (!(answer.ok() || load.api().get(mifi, record).ok())) {
                throw new IllegalStateException(farm.id() + ": " + answer.problem());
            }
        });
        long total = load.api().total(mifi, LoadContext.at(recruiting, "/api/employers?size=1")).orElse(-1L);
        load.report().line("Fermes (employeurs) / farms", plan.farms().size(), added.get(), total, failed);
    }

    void housing() {
        URI agri = load.targets().agriculturalWorkers();
        String mifi = load.mifi();
        URI list = LoadContext.at(agri, "/api/housing-units?size=1");
        Optional<Long> before = load.api().total(mifi, list);
        AtomicInteger failing = new AtomicInteger();
        int failed = load.each("Logements / housing units", plan.units(), unit -> {
            SeasonPlan.Farm farm = plan.farms().get(unit.farm());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("employerId", farm.id());
            body.put("address", unit.address());
            body.put("region", farm.region().code());
            body.put("facts", facts(unit.failing()));
            String unitId = LoadContext.require(registered(mifi, agri, body, unit), "housing unit " + unit.index())
                    .text("housingUnitId");
            Map<String, Object> inspection = new LinkedHashMap<>();
            inspection.put("ruleSet", "CNESST_2026_DRAFT");
            inspection.put("plannedOccupants", 8);
            inspection.put("inspectedOn", LocalDate.of(plan.year(), 2, 20).plusDays(unit.index() % 7).toString());
            inspection.put("observed", facts(unit.failing()));
            LoadContext.require(load.api().post(mifi, LoadContext.at(agri, "/api/housing-units/" + unitId + "/inspections"),
                    inspection, load.key("inspection", unit.index())), "inspection of " + unitId);
            if (unit.failing()) {
                failing.incrementAndGet();
            }
            unitIds.put(unit.index(), unitId);
        });
        Optional<Long> after = load.api().total(mifi, list);
        load.report().line("Logements inspectés, " + failing.get() + " non conformes / housing units, " + failing.get()
                + " failing", plan.units().size(), added(before, after), after.orElse(-1L), failed);
    }

    /** 409 while agricultural-workers has not yet heard of the farm: asked again, as a client would. */
    private DemoApi.Answer registered(String mifi, URI agri, Map<String, Object> body, SeasonPlan.Unit unit) {
        long deadline = System.nanoTime() + FARM_KNOWN_WITHIN.toNanos();
        while (true) {
            DemoApi.Answer answer = load.api().post(mifi, LoadContext.at(agri, "/api/housing-units"), body,
                    load.key("unit", unit.index()));
            if (answer.status() != 409 || System.nanoTime() > deadline) {
                return answer;
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
    }

    static long added(Optional<Long> before, Optional<Long> after) {
        return before.isPresent() && after.isPresent() ? after.get() - before.get() : -1;
    }

    /**
     * A compliant unit: four rooms of two beds, enough sanitary fittings for eight. A failing one crowds eight into
     * two rooms with bunk beds and one toilet, which the CNESST draft refuses.
     */
    private static Map<String, Object> facts(boolean failing) {
        Map<String, Object> facts = new LinkedHashMap<>();
        if (failing) {
            facts.put("rooms", List.of(room("A", 14, 4, 2), room("B", 14, 4, 2)));
        } else {
            facts.put("rooms", List.of(room("A", 12, 2, 0), room("B", 12, 2, 0), room("C", 12, 2, 0), room("D", 12, 2, 0)));
        }
        int fittings = failing ? 1 : 2;
        facts.put("toilets", fittings);
        facts.put("showers", fittings);
        facts.put("sinks", fittings);
        facts.put("stoves", 2);
        facts.put("fridges", 2);
        facts.put("heating", true);
        facts.put("potableWater", true);
        facts.put("smokeDetectors", failing ? 1 : 4);
        facts.put("fireExtinguishers", failing ? 1 : 2);
        return facts;
    }

    private static Map<String, Object> room(String name, int area, int beds, int bunkBeds) {
        Map<String, Object> room = new LinkedHashMap<>();
        room.put("name", name);
        room.put("areaM2", area);
        room.put("beds", beds);
        room.put("bunkBeds", bunkBeds);
        room.put("minBedSpacingCm", 90);
        return room;
    }
}
