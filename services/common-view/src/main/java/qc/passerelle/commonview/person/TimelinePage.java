package qc.passerelle.commonview.person;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import qc.passerelle.commonview.dashboard.DashboardPage;

/** A person's timeline as a page, drilled down to from a list or an alert; scoped as the API's timeline is. */
@Controller
@DashboardPage
class TimelinePage {

    private final TimelineController api;

    TimelinePage(TimelineController api) {
        this.api = api;
    }

    @GetMapping("/tableau/personnes/{personId}")
    @PreAuthorize("hasAnyRole('MIFI', 'EMPLOYER', 'CONSULATE')")
    String page(@PathVariable String personId, Model model) {
        model.addAttribute("timeline", api.timeline(personId));
        return "personne";
    }
}
