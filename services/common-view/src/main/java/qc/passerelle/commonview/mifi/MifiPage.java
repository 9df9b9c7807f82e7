package qc.passerelle.commonview.mifi;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import qc.passerelle.commonview.alert.AlertPanel;
import qc.passerelle.commonview.change.Audience;
import qc.passerelle.commonview.dashboard.BarChart;
import qc.passerelle.commonview.dashboard.DashboardPage;
import qc.passerelle.commonview.dashboard.Formats;
import qc.passerelle.commonview.dashboard.Fragments;
import qc.passerelle.commonview.programs.ProgramFigures;
import qc.passerelle.security.Caller;
import qc.passerelle.web.InvalidFieldException;

/**
 * MIFI's page: the season (arrivals per week by country and by region, present now, housing compliance, open
 * condition reports by category and age, alerts) and the programmes (recruitment per mission, francization per
 * source, students per country and promotion event). Aggregates only, but for the alerts, which name workers.
 */
@Controller
@DashboardPage
class MifiPage {

    private static final Set<String> PARTS = Set.of("alertes", "saison");

    private final SeasonOverview overview;
    private final ProgramFigures programs;
    private final AlertPanel alerts;
    private final Formats formats;
    private final Clock clock;

    MifiPage(SeasonOverview overview, ProgramFigures programs, AlertPanel alerts, Formats formats, Clock clock) {
        this.formats = formats;
        this.overview = overview;
        this.programs = programs;
        this.alerts = alerts;
        this.clock = clock;
    }

    @GetMapping("/tableau/mifi")
    @PreAuthorize("hasRole('MIFI')")
    String page(@RequestParam(required = false) Integer saison, @RequestParam(required = false) Integer pageAlertes,
                @RequestParam(required = false) String fragment, Model model) {
        int current = LocalDate.now(clock).getYear();
        int season = saison == null ? current : saison;
        if (season < 2000 || season > 2100) {
            throw new InvalidFieldException("saison", "doit être une année entre 2000 et 2100 / must be a year between 2000 and 2100");
        }
        SeasonOverview.Figures figures = overview.of(season);
        model.addAttribute("season", season);
        model.addAttribute("seasons", java.util.stream.IntStream.rangeClosed(current - 3, current).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        model.addAttribute("figures", figures);
        model.addAttribute("byCountry", BarChart.stacked(formats.named(figures.arrivalsPerWeekByCountry(), formats::country)));
        model.addAttribute("byRegion", BarChart.stacked(formats.named(figures.arrivalsPerWeekByRegion(), formats::region)));
        model.addAttribute("programs", programs.figures());
        alerts.show(model, Caller.current(), Audience.MIFI, pageAlertes, true);
        model.addAttribute("stream", "/tableau/flux");
        return Fragments.view("mifi", fragment, PARTS);
    }
}
