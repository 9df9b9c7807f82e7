package qc.passerelle.commonview.alert;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import qc.passerelle.commonview.dashboard.DashboardPage;
import qc.passerelle.security.Caller;

/** The acknowledge button of a page's alert: a form post (CSRF-protected), then back to the page it came from. */
@Controller
@DashboardPage
class AcknowledgeFromPage {

    private final AlertPanel panel;

    AcknowledgeFromPage(AlertPanel panel) {
        this.panel = panel;
    }

    @PostMapping("/tableau/alertes/{alertId}/accuse")
    @PreAuthorize("hasAnyRole('MIFI', 'EMPLOYER', 'CONSULATE')")
    String acknowledge(@PathVariable String alertId, @RequestParam(required = false) String retour) {
        panel.acknowledge(Caller.current(), alertId);
        // back to a page of the dashboard only: a form must not be a way to send someone elsewhere
        boolean local = retour != null && retour.startsWith("/tableau/") && !retour.startsWith("/tableau//")
                && !retour.contains("\\") && !retour.contains("\r") && !retour.contains("\n");
        return "redirect:" + (local ? retour : "/") + "#alerte-" + alertId;
    }
}
