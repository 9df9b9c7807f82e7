package qc.passerelle.commonview.consulate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.bson.Document;
import org.springframework.context.MessageSource;
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
import qc.passerelle.commonview.dashboard.BarChart;
import qc.passerelle.commonview.dashboard.DashboardPage;
import qc.passerelle.commonview.dashboard.Formats;
import qc.passerelle.commonview.dashboard.Fragments;
import qc.passerelle.commonview.dashboard.Pager;
import qc.passerelle.security.Caller;
import qc.passerelle.web.PageRequest;
import qc.passerelle.web.PageResponse;

/**
 * A consulate's page: its nationals present by employer and region with their housing's status, arrivals and
 * departures per week, condition reports, alerts. Everything is read through the API's own handlers, so the page
 * can show nothing that the same person could not read through the API (another country's page is a 403).
 */
@Controller
@DashboardPage
class ConsulatePage {

    private static final Set<String> PARTS = Set.of("alertes", "travailleurs", "resume", "signalements");

    private final ConsulateWorkersController api;
    private final ConsulateViews views;
    private final AlertPanel alerts;
    private final MessageSource messages;
    private final Formats formats;
    private final Clock clock;

    ConsulatePage(ConsulateWorkersController api, ConsulateViews views, AlertPanel alerts, MessageSource messages,
                  Formats formats, Clock clock) {
        this.formats = formats;
        this.api = api;
        this.views = views;
        this.alerts = alerts;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/tableau/consulats/{country}")
    @PreAuthorize("hasAnyRole('MIFI', 'CONSULATE')")
    String page(@PathVariable String country, @RequestParam(required = false) String status,
                @RequestParam(required = false) String employerId, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer pageSignalements, @RequestParam(required = false) Integer pageAlertes,
                @RequestParam(required = false) String fragment, Model model, Locale locale) {
        Caller caller = Caller.current();
        ConsulateViews.requireScope(caller, country);
        String statusFilter = blankToNull(status);
        String employerFilter = blankToNull(employerId);
        PageResponse<ConsulateWorker> workers = api.workers(country, statusFilter, employerFilter, page, PageRequest.DEFAULT_SIZE);
        PageResponse<ConsulateWorkersController.Report> reports = api.reports(country, null, null, pageSignalements, 20);
        List<Document> nationals = views.nationals(country, null, null);
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (String s : List.of("PRESENT", "ABSENT", "DEPARTED")) {
            byStatus.put(s, nationals.stream().filter(n -> s.equals(n.getString("status"))).count());
        }
        Set<String> employers = new TreeSet<>();
        nationals.stream().map(n -> n.getString("employerId")).filter(Objects::nonNull).forEach(employers::add);

        int year = LocalDate.now(clock).getYear();
        Map<String, Map<String, Integer>> weeks = new LinkedHashMap<>();
        for (ConsulateViews.Week week : api.weeks(country, year)) {
            Map<String, Integer> values = new LinkedHashMap<>();
            values.put(messages.getMessage("semaines.arrivees", null, locale), week.arrivals());
            values.put(messages.getMessage("semaines.departs", null, locale), week.departures());
            values.put(messages.getMessage("semaines.absences", null, locale), week.absences());
            weeks.put(week.week(), values);
        }
        boolean own = caller.isConsulateOf(country);
        model.addAttribute("country", country);
        model.addAttribute("countryName", formats.country(country));
        model.addAttribute("year", year);
        model.addAttribute("workers", workers);
        model.addAttribute("workersPager", Pager.of(workers, "page"));
        model.addAttribute("reports", reports);
        model.addAttribute("reportsPager", Pager.of(reports, "pageSignalements"));
        model.addAttribute("byStatus", byStatus);
        model.addAttribute("employers", employers);
        model.addAttribute("status", statusFilter);
        model.addAttribute("employerId", employerFilter);
        model.addAttribute("weeks", BarChart.grouped(weeks));
        alerts.show(model, caller, Audience.consulate(country), pageAlertes, own);
        model.addAttribute("stream", own ? "/tableau/flux" : "/tableau/flux?country=" + country);
        return Fragments.view("consulat", fragment, PARTS);
    }

    @GetMapping("/tableau/consulats/{country}/travailleurs.csv")
    @PreAuthorize("hasAnyRole('MIFI', 'CONSULATE')")
    ResponseEntity<StreamingResponseBody> workersCsv(@PathVariable String country, @RequestParam(required = false) String status,
                                                     @RequestParam(required = false) String employerId) {
        return api.export(country, blankToNull(status), blankToNull(employerId));
    }

    @GetMapping("/tableau/consulats/{country}/signalements.csv")
    @PreAuthorize("hasAnyRole('MIFI', 'CONSULATE')")
    ResponseEntity<StreamingResponseBody> reportsCsv(@PathVariable String country) {
        return api.exportReports(country, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
