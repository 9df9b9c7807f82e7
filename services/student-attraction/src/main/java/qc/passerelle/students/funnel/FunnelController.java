package qc.passerelle.students.funnel;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import qc.passerelle.security.Caller;
import qc.passerelle.students.export.CsvExport;
import qc.passerelle.web.NotFoundException;
import qc.passerelle.web.PageRequest;
import qc.passerelle.web.PageResponse;

/**
 * Funnels from the first contact to the arrival, per promotion event, country, program or institution, and the share
 * of admissions in labour-shortage programs. Counts only, so a consulate may read them too, for its nationals; an
 * institution reads its own programs' funnel; MIFI everything, and as CSV.
 */
@RestController
@RequestMapping("/api/funnels")
class FunnelController {

    private final FunnelQueries queries;
    private final CsvExport csv;

    FunnelController(FunnelQueries queries, CsvExport csv) {
        this.queries = queries;
        this.csv = csv;
    }

    @GetMapping("/labour-shortage-share")
    @PreAuthorize("hasAnyRole('MIFI', 'INSTITUTION', 'CONSULATE')")
    LabourShortageShare labourShortageShare() {
        return Funnels.labourShortageShare(queries.facts(Caller.current()));
    }

    @GetMapping("/{dimension}")
    @PreAuthorize("hasAnyRole('MIFI', 'INSTITUTION', 'CONSULATE')")
    PageResponse<FunnelRow> funnel(@PathVariable String dimension, @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size) {
        FunnelDimension by = dimension(dimension);
        PageRequest request = PageRequest.of(page, size);
        List<FunnelRow> rows = Funnels.by(by, queries.facts(Caller.current()));
        int from = (int) Math.min(request.offset(), rows.size());
        List<FunnelRow> shown = rows.subList(from, Math.min(from + request.size(), rows.size()));
        return PageResponse.of(queries.labelled(by, shown), request, rows.size());
    }

    @GetMapping("/{dimension}/export.csv")
    @PreAuthorize("hasRole('MIFI')")
    void export(@PathVariable String dimension, HttpServletResponse response) throws IOException {
        FunnelDimension by = dimension(dimension);
        List<FunnelRow> rows = Funnels.by(by, queries.facts(Caller.current()));
        // counts only, no person: nothing to audit
        PrintWriter out = csv.open(response, "funnel-" + by.path() + ".csv", "key", "label", "prospects",
                "applicants", "applications", "admitted", "admissions", "withCaq", "withStudyPermit", "arrived");
        for (int from = 0; from < rows.size(); from += PageRequest.MAX_SIZE) {
            for (FunnelRow r : queries.labelled(by, rows.subList(from, Math.min(from + PageRequest.MAX_SIZE, rows.size())))) {
                CsvExport.line(out, r.key(), r.label(), r.prospects(), r.applicants(), r.applications(), r.admitted(),
                        r.admissions(), r.withCaq(), r.withStudyPermit(), r.arrived());
            }
        }
        out.flush();
    }

    private static FunnelDimension dimension(String path) {
        return FunnelDimension.byPath(path).orElseThrow(() -> new NotFoundException(
                "no funnel by " + path + ": promotion-events, countries, programs or institutions"));
    }
}
