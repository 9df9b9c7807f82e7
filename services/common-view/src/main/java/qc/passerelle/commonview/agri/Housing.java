package qc.passerelle.commonview.agri;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.bson.Document;
import qc.passerelle.commonview.readmodel.Views;

/**
 * What a housing unit's view says: the latest inspection (guarded by the unit's sequence), every inspection, its
 * deficiencies and corrections, and the workers who lived there (one entry per worker, kept from the worker's view).
 */
public final class Housing {

    private Housing() {
    }

    public static Document latest(Document unit) {
        Document inspection = Views.sub(unit, "inspection");
        return inspection.isEmpty() ? null : inspection;
    }

    public static boolean compliant(Document unit) {
        Document latest = latest(unit);
        return latest != null && "COMPLIANT".equals(latest.getString("result"));
    }

    /** The occupants present now, by worker id (sorted). */
    public static Map<String, Document> present(Document unit) {
        Map<String, Document> present = new java.util.TreeMap<>();
        Views.entries(unit, "occupants").forEach((id, entry) -> {
            if (Boolean.TRUE.equals(entry.getBoolean("present"))) {
                present.put(id, entry);
            }
        });
        return present;
    }

    public static List<String> citizenships(Map<String, Document> occupants) {
        TreeSet<String> countries = new TreeSet<>();
        occupants.values().forEach(o -> {
            if (o.getString("citizenship") != null) {
                countries.add(o.getString("citizenship"));
            }
        });
        return List.copyOf(countries);
    }

    public static String deficiencyKey(String inspectionId, String deficiencyId) {
        return inspectionId + "/" + deficiencyId;
    }

    public static boolean corrected(Document unit, String inspectionId, String deficiencyId) {
        return Views.entries(unit, "corrected").containsKey(deficiencyKey(inspectionId, deficiencyId));
    }

    /** The deficiencies of the latest inspection that are not corrected, earliest deadline first. */
    public static List<Document> openDeficiencies(Document unit) {
        Document latest = latest(unit);
        if (latest == null) {
            return List.of();
        }
        List<Document> open = new ArrayList<>();
        for (Document deficiency : Views.entries(unit, "deficiencies").values()) {
            String inspectionId = deficiency.getString("inspectionId");
            if (inspectionId.equals(latest.getString("inspectionId"))
                    && !corrected(unit, inspectionId, deficiency.getString("deficiencyId"))) {
                open.add(new Document("deficiencyId", deficiency.getString("deficiencyId"))
                        .append("inspectionId", inspectionId).append("rule", deficiency.getString("rule"))
                        .append("deadline", deficiency.getString("deadline")));
            }
        }
        open.sort(Comparator.comparing((Document d) -> d.getString("deadline"))
                .thenComparing(d -> d.getString("deficiencyId")));
        return open;
    }

    /** The unit as MIFI and its employer see it: latest inspection, approved capacity against occupants, deadlines. */
    public static Document summary(String unitId, Document unit) {
        Document latest = latest(unit);
        Map<String, Document> present = present(unit);
        return new Document("housingUnitId", unitId).append("employerId", unit.getString("employerId"))
                .append("region", unit.getString("region")).append("address", unit.getString("address"))
                .append("inspected", latest != null)
                .append("inspectionId", latest == null ? null : latest.getString("inspectionId"))
                .append("result", latest == null ? null : latest.getString("result"))
                .append("approvedCapacity", latest == null ? null : latest.get("approvedCapacity"))
                .append("inspectedOn", latest == null ? null : latest.getString("inspectedOn"))
                .append("occupants", present.size()).append("citizenships", citizenships(present))
                .append("openDeficiencies", openDeficiencies(unit));
    }

    /**
     * The workers an inspection's finding concerned: those whose last stint in the unit overlaps the time that
     * inspection was the latest (from its event's time to the next inspection's). Computed from the unit's final
     * state only, so a live run and a rebuild name the same workers whatever order they saw the events in.
     */
    public static List<Document> concernedBy(Document unit, String inspectionId) {
        Document inspection = Views.entries(unit, "inspections").get(inspectionId);
        if (inspection == null) {
            return List.of();
        }
        Date from = Views.date(inspection, "time");
        long sequence = Views.number(inspection, "seq");
        Date to = Views.entries(unit, "inspections").values().stream()
                .filter(i -> Views.number(i, "seq") > sequence).map(i -> Views.date(i, "time"))
                .filter(java.util.Objects::nonNull).min(Date::compareTo).orElse(null);
        List<Document> concerned = new ArrayList<>();
        new java.util.TreeMap<>(Views.entries(unit, "occupants")).forEach((id, entry) -> {
            Date since = Views.date(entry, "since");
            Date until = Views.date(entry, "until");
            boolean present = Boolean.TRUE.equals(entry.getBoolean("present"));
            boolean cameBeforeTheEnd = since != null && (to == null || since.before(to));
            boolean leftAfterTheStart = present || until == null || from == null || until.after(from);
            if (cameBeforeTheEnd && leftAfterTheStart) {
                concerned.add(entry);
            }
        });
        return concerned;
    }
}
