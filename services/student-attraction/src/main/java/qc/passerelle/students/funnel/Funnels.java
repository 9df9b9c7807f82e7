package qc.passerelle.students.funnel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Counts people at each step, prospects → applicants → admitted → CAQ → study permit → arrived, cut by one dimension,
 * and beside them the applications and admissions those people made.
 * A CAQ (and the permit and arrival after it) counts only where the application it rests on is among the facts: an
 * institution's funnel counts the CAQs of its own admissions, never another institution's.
 */
final class Funnels {

    /** Where a prospect registered online, without a promotion event, is counted. */
    static final String ONLINE = "ONLINE";

    private Funnels() {
    }

    static List<FunnelRow> by(FunnelDimension dimension, FunnelFacts facts) {
        return dimension.ofProspects() ? byProspect(dimension, facts) : byApplication(dimension, facts);
    }

    private static List<FunnelRow> byProspect(FunnelDimension dimension, FunnelFacts facts) {
        Map<String, List<FunnelFacts.ApplicationFacts>> applicationsOf = new HashMap<>();
        Set<String> applications = new HashSet<>();
        for (FunnelFacts.ApplicationFacts a : facts.applications()) {
            applicationsOf.computeIfAbsent(a.prospectId(), p -> new ArrayList<>()).add(a);
            applications.add(a.id());
        }
        Function<FunnelFacts.ProspectFacts, String> key = dimension == FunnelDimension.COUNTRIES
                ? FunnelFacts.ProspectFacts::citizenship
                : p -> p.promotionEventId() == null ? ONLINE : p.promotionEventId();
        Map<String, Counter> rows = new TreeMap<>();
        for (FunnelFacts.ProspectFacts p : facts.prospects()) {
            Counter row = rows.computeIfAbsent(key.apply(p), k -> new Counter());
            row.prospects.add(p.id());
            applicationsOf.getOrDefault(p.id(), List.of()).forEach(row::applied);
            if (p.caqApplicationId() != null && applications.contains(p.caqApplicationId())) {
                row.afterAdmission(p);
            }
        }
        return rows(rows);
    }

    private static List<FunnelRow> byApplication(FunnelDimension dimension, FunnelFacts facts) {
        Map<String, FunnelFacts.ProspectFacts> caqs = new HashMap<>();
        for (FunnelFacts.ProspectFacts p : facts.prospects()) {
            if (p.caqApplicationId() != null) {
                caqs.put(p.caqApplicationId(), p);
            }
        }
        Function<FunnelFacts.ApplicationFacts, String> key = dimension == FunnelDimension.PROGRAMS
                ? FunnelFacts.ApplicationFacts::programId
                : FunnelFacts.ApplicationFacts::institutionId;
        Map<String, Counter> rows = new TreeMap<>();
        for (FunnelFacts.ApplicationFacts a : facts.applications()) {
            Counter row = rows.computeIfAbsent(key.apply(a), k -> new Counter());
            row.prospects.add(a.prospectId());
            row.applied(a);
            FunnelFacts.ProspectFacts file = caqs.get(a.id());
            if (file != null) {
                row.afterAdmission(file);
            }
        }
        return rows(rows);
    }

    /** Admissions granted, and how many of them in programs aligned with a labour shortage. */
    static LabourShortageShare labourShortageShare(FunnelFacts facts) {
        long admissions = 0;
        long aligned = 0;
        for (FunnelFacts.ApplicationFacts a : facts.applications()) {
            if (a.admitted()) {
                admissions++;
                aligned += a.labourShortageAligned() ? 1 : 0;
            }
        }
        return LabourShortageShare.of(admissions, aligned);
    }

    private static List<FunnelRow> rows(Map<String, Counter> counters) {
        List<FunnelRow> rows = new ArrayList<>(counters.size());
        counters.forEach((key, c) -> rows.add(new FunnelRow(key, null, c.prospects.size(), c.applicants.size(),
                c.applications, c.admitted.size(), c.admissions, c.caq.size(), c.permit.size(), c.arrived.size())));
        return rows;
    }

    /** Sets of people, so that someone with two applications in one row counts once as a person. */
    private static final class Counter {
        final Set<String> prospects = new HashSet<>();
        final Set<String> applicants = new HashSet<>();
        final Set<String> admitted = new HashSet<>();
        final Set<String> caq = new HashSet<>();
        final Set<String> permit = new HashSet<>();
        final Set<String> arrived = new HashSet<>();
        long applications;
        long admissions;

        void applied(FunnelFacts.ApplicationFacts a) {
            applicants.add(a.prospectId());
            applications++;
            if (a.admitted()) {
                admitted.add(a.prospectId());
                admissions++;
            }
        }

        void afterAdmission(FunnelFacts.ProspectFacts p) {
            caq.add(p.id());
            if (p.studyPermit()) {
                permit.add(p.id());
            }
            if (p.arrived()) {
                arrived.add(p.id());
            }
        }
    }
}
