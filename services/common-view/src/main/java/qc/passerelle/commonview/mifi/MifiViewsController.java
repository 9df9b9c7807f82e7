package qc.passerelle.commonview.mifi;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import qc.passerelle.web.InvalidFieldException;

/** MIFI's overview of the season (aggregates only: no person is named, nothing to audit). */
@RestController
class MifiViewsController {

    private final SeasonOverview overview;
    private final qc.passerelle.commonview.programs.ProgramFigures programs;
    private final Clock clock;

    MifiViewsController(SeasonOverview overview, qc.passerelle.commonview.programs.ProgramFigures programs, Clock clock) {
        this.overview = overview;
        this.programs = programs;
        this.clock = clock;
    }

    /** The recruitment funnel per mission, francization per source, the student funnel per country and event. */
    @GetMapping("/api/views/mifi/programs")
    @PreAuthorize("hasRole('MIFI')")
    java.util.Map<String, Object> programs() {
        return programs.figures();
    }

    @GetMapping("/api/views/mifi/overview")
    @PreAuthorize("hasRole('MIFI')")
    SeasonOverview.Figures overview(@RequestParam(required = false) Integer season) {
        int year = season == null ? LocalDate.now(clock).getYear() : season;
        if (year < 2000 || year > 2100) {
            throw new InvalidFieldException("season", "doit être une année entre 2000 et 2100 / must be a year between 2000 and 2100");
        }
        return overview.of(year);
    }
}
