package qc.passerelle.commonview.consulate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import qc.passerelle.commonview.agri.Housing;
import qc.passerelle.commonview.agri.Workers;
import qc.passerelle.commonview.readmodel.Views;

/**
 * A national as their consulate sees them: who, where (employer, unit, region), whether their housing passed its
 * latest inspection, and their timeline in the agri-workers context ({@code history}, in sequence order).
 */
public record ConsulateWorker(String workerId, String givenName, String familyName, String citizenship,
                              Integer birthYear, String stream, String employerId, String housingUnitId, Integer season,
                              LocalDate arrivalDate, LocalDate departureDate, LocalDate lastSeenOn, String status,
                              String region, Boolean housingCompliant, List<Step> history) {

    public record Step(String eventId, String type, Instant time, long sequence) {
    }

    static ConsulateWorker of(Document entry, Document worker, Document unit) {
        List<Step> history = worker == null ? List.of() : Workers.timeline(worker).stream()
                .map(s -> new Step(s.getString("eventId"), s.getString("type"), instant(Views.date(s, "time")),
                        Views.number(s, "sequence"))).toList();
        return new ConsulateWorker(entry.getString("workerId"), entry.getString("givenName"), entry.getString("familyName"),
                worker == null ? null : worker.getString("citizenship"), integer(entry.get("birthYear")),
                entry.getString("stream"), entry.getString("employerId"), entry.getString("housingUnitId"),
                integer(entry.get("season")), date(entry.getString("arrivalDate")), date(entry.getString("departureDate")),
                date(entry.getString("lastSeenOn")), entry.getString("status"),
                unit == null ? null : unit.getString("region"),
                unit == null || Housing.latest(unit) == null ? null : Housing.compliant(unit), history);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static Integer integer(Object value) {
        return value instanceof Number n ? n.intValue() : null;
    }
}
