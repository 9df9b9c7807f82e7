package qc.passerelle.commonview.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriUtils;
import qc.passerelle.security.Caller;
import qc.passerelle.security.Role;

/** Everyone lands on their own page: MIFI on the season, an employer on its farm, a consulate on its nationals. */
@Controller
@DashboardPage
class Landing {

    @GetMapping({"/", "/tableau"})
    String home() {
        String page = pageOf(Caller.current());
        return page == null ? "sans-tableau" : "redirect:" + page;
    }

    static String pageOf(Caller caller) {
        if (caller.isMifi()) {
            return "/tableau/mifi";
        }
        if (caller.is(Role.CONSULATE) && caller.country() != null) {
            return "/tableau/consulats/" + UriUtils.encodePathSegment(caller.country(), java.nio.charset.StandardCharsets.UTF_8);
        }
        if (caller.is(Role.EMPLOYER) && caller.employerId() != null) {
            return "/tableau/employeurs/" + UriUtils.encodePathSegment(caller.employerId(), java.nio.charset.StandardCharsets.UTF_8);
        }
        return null;
    }
}
