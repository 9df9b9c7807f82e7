package qc.passerelle.commonview.alert;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import qc.passerelle.commonview.readmodel.CsvExport;
import qc.passerelle.security.Caller;
import qc.passerelle.security.audit.AuditTrail;
import qc.passerelle.web.PageRequest;
import qc.passerelle.web.PageResponse;

/**
 * Alerts for MIFI (all, or one employer's or country's with {@code employerId} / {@code country}), an employer (its
 * own) and a consulate (those naming its nationals, and only them), each acknowledgeable by each audience.
 */
@RestController
class AlertsController {

    private final AlertInbox inbox;
    private final AuditTrail audit;

    AlertsController(AlertInbox inbox, AuditTrail audit) {
        this.inbox = inbox;
        this.audit = audit;
    }

    @GetMapping("/api/views/alerts")
    @PreAuthorize("hasAnyRole('MIFI', 'EMPLOYER', 'CONSULATE')")
    PageResponse<AlertItem> alerts(@RequestParam(required = false) String type, @RequestParam(required = false) Boolean open,
                                   @RequestParam(required = false) String employerId,
                                   @RequestParam(required = false) String country,
                                   @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageRequest request = PageRequest.of(page, size);
        Caller caller = Caller.current();
        List<AlertItem> all = inbox.alerts(caller, AlertInbox.audience(caller, employerId, country), type, open);
        List<AlertItem> items = all.stream().skip(request.offset()).limit(request.size()).toList();
        audit.personalRecordsRead(caller, "list alerts", workerIds(items));
        return PageResponse.of(items, request, all.size());
    }

    @GetMapping("/api/views/alerts/{alertId}")
    @PreAuthorize("hasAnyRole('MIFI', 'EMPLOYER', 'CONSULATE')")
    AlertItem alert(@PathVariable String alertId, @RequestParam(required = false) String employerId,
                    @RequestParam(required = false) String country) {
        Caller caller = Caller.current();
        AlertItem item = inbox.alert(caller, AlertInbox.audience(caller, employerId, country), alertId);
        audit.personalRecordsRead(caller, "read alert", workerIds(List.of(item)));
        return item;
    }

    @GetMapping("/api/views/alerts.csv")
    @PreAuthorize("hasAnyRole('MIFI', 'EMPLOYER', 'CONSULATE')")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String type,
                                                 @RequestParam(required = false) Boolean open,
                                                 @RequestParam(required = false) String employerId,
                                                 @RequestParam(required = false) String country) {
        Caller caller = Caller.current();
        List<AlertItem> items = inbox.alerts(caller, AlertInbox.audience(caller, employerId, country), type, open);
        audit.personalRecordsRead(caller, "export alerts", workerIds(items));
        return CsvExport.of("alerts.csv", List.of("alertId", "type", "open", "clearedBecause", "raisedAt", "employerId",
                "housingUnitId", "reportId", "deadline", "workerIds", "workers", "countries", "acknowledged"), items,
                a -> List.of(a.alertId(), a.type(), a.open(), nullable(a.clearedBecause()), a.raisedAt(),
                        nullable(a.employerId()), nullable(a.housingUnitId()), nullable(a.reportId()), nullable(a.deadline()),
                        String.join(" ", a.workers().stream().map(AlertItem.Worker::workerId).toList()),
                        String.join("; ", a.workers().stream().map(w -> w.givenName() + " " + w.familyName()).toList()),
                        String.join(" ", a.countries()), a.acknowledged()));
    }

    @PostMapping("/api/views/alerts/{alertId}/acknowledgements")
    @PreAuthorize("hasAnyRole('MIFI', 'EMPLOYER', 'CONSULATE')")
    ResponseEntity<Acknowledgement> acknowledge(@PathVariable String alertId,
                                                @RequestParam(required = false) String employerId,
                                                @RequestParam(required = false) String country) {
        Caller caller = Caller.current();
        String audience = AlertInbox.audience(caller, employerId, country);
        Acknowledgement ack = inbox.acknowledge(caller, audience, alertId);
        return ResponseEntity.created(URI.create("/api/views/alerts/" + alertId + "/acknowledgements/" + audience)).body(ack);
    }

    private static String nullable(String value) {
        return value == null ? "" : value;
    }

    private static List<String> workerIds(List<AlertItem> items) {
        return items.stream().flatMap(a -> a.workers().stream().map(AlertItem.Worker::workerId)).distinct().toList();
    }
}
