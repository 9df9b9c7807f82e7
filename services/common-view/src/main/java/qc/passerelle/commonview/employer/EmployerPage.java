package qc.passerelle.commonview.employer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import qc.passerelle.commonview.alert.AlertPanel;
import qc.passerelle.commonview.change.Audience;
import qc.passerelle.commonview.dashboard.DashboardPage;
import qc.passerelle.commonview.dashboard.Fragments;
import qc.passerelle.commonview.dashboard.Pager;
import qc.passerelle.security.Caller;
import qc.passerelle.web.PageRequest;
import qc.passerelle.web.PageResponse;

/**
 * An employer's page: its workers, its housing units (capacity against occupants, open deficiencies and their
 * deadlines), its offers with their applications, its alerts with an acknowledge button. Read through the API's
 * handlers, so another employer's page is a 403 as through the API.
 */
@Controller
@DashboardPage
class EmployerPage {

    private static final Set<String> PARTS = Set.of("alertes", "travailleurs", "logements", "resume");

    private final EmployerViewsController api;
    private final AlertPanel alerts;

    EmployerPage(EmployerViewsController api, AlertPanel alerts) {
        this.api = api;
        this.alerts = alerts;
    }

    @GetMapping("/tableau/employeurs/{employerId}")
    @PreAuthorize("hasAnyRole('MIFI', 'EMPLOYER')")
    String page(@PathVariable String employerId, @RequestParam(required = false) String status,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer pageAlertes,
                @RequestParam(required = false) String fragment, Model model) {
        Caller caller = Caller.current();
        String statusFilter = status == null || status.isBlank() ? null : status.trim();
        Map<String, Object> overview = api.overview(employerId);
        PageResponse<Document> workers = api.workers(employerId, statusFilter, page, PageRequest.DEFAULT_SIZE);
        boolean own = caller.isEmployer(employerId);
        model.addAttribute("employerId", employerId);
        model.addAttribute("overview", overview);
        model.addAttribute("units", overview.get("housingUnits"));
        model.addAttribute("offers", overview.get("jobOffers"));
        model.addAttribute("labourRequests", overview.getOrDefault("labourRequests", List.of()));
        model.addAttribute("workers", workers);
        model.addAttribute("workersPager", Pager.of(workers, "page"));
        model.addAttribute("status", statusFilter);
        alerts.show(model, caller, Audience.employer(employerId), pageAlertes, own);
        model.addAttribute("stream", own ? "/tableau/flux" : "/tableau/flux?employerId=" + employerId);
        return Fragments.view("employeur", fragment, PARTS);
    }

    @GetMapping("/tableau/employeurs/{employerId}/travailleurs.csv")
    @PreAuthorize("hasAnyRole('MIFI', 'EMPLOYER')")
    ResponseEntity<StreamingResponseBody> workersCsv(@PathVariable String employerId, @RequestParam(required = false) String status) {
        return api.exportWorkers(employerId, status == null || status.isBlank() ? null : status.trim());
    }

    @GetMapping("/tableau/employeurs/{employerId}/logements.csv")
    @PreAuthorize("hasAnyRole('MIFI', 'EMPLOYER')")
    ResponseEntity<StreamingResponseBody> unitsCsv(@PathVariable String employerId) {
        return api.exportUnits(employerId, null);
    }
}
