package qc.passerelle.commonview.alert;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import qc.passerelle.commonview.dashboard.Pager;
import qc.passerelle.security.Caller;
import qc.passerelle.security.audit.AuditTrail;
import qc.passerelle.web.PageRequest;
import qc.passerelle.web.PageResponse;

/** The alerts of a dashboard page: an audience's open ones, newest first, a page at a time, read and audited as the API does. */
@Component
public class AlertPanel {

    private final AlertInbox inbox;
    private final AuditTrail audit;

    AlertPanel(AlertInbox inbox, AuditTrail audit) {
        this.inbox = inbox;
        this.audit = audit;
    }

    public PageResponse<AlertItem> open(Caller caller, String audience, PageRequest request) {
        List<AlertItem> all = inbox.alerts(caller, audience, null, true);
        List<AlertItem> items = all.stream().skip(request.offset()).limit(request.size()).toList();
        audit.personalRecordsRead(caller, "dashboard alerts", items.stream()
                .flatMap(a -> a.workers().stream().map(AlertItem.Worker::workerId)).distinct().toList());
        return PageResponse.of(items, request, all.size());
    }

    /** What a page's alerts section shows: a page of the audience's open alerts, and whether it may acknowledge them. */
    public void show(Model model, Caller caller, String audience, Integer page, boolean canAcknowledge) {
        PageResponse<AlertItem> open = open(caller, audience, PageRequest.of(page, 20));
        model.addAttribute("alerts", open);
        model.addAttribute("alertsPager", Pager.of(open, "pageAlertes"));
        model.addAttribute("canAcknowledge", canAcknowledge);
    }

    /** The caller acknowledges for its own audience (MIFI, its employer, its consulate). */
    public void acknowledge(Caller caller, String alertId) {
        inbox.acknowledge(caller, AlertInbox.audience(caller, null, null), alertId);
    }
}
