package qc.passerelle.recruiting.funnel;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import qc.passerelle.recruiting.joboffer.JobOffer;
import qc.passerelle.recruiting.joboffer.JobOfferScope;
import qc.passerelle.recruiting.mission.Mission;
import qc.passerelle.recruiting.mission.MissionScope;
import qc.passerelle.recruiting.support.AggregateChanges;
import qc.passerelle.recruiting.support.Csv;
import qc.passerelle.security.Caller;
import qc.passerelle.security.Role;
import qc.passerelle.web.NotFoundException;
import qc.passerelle.web.PageRequest;
import qc.passerelle.web.PageResponse;

/**
 * The funnel applied → pre-selected → interviewed → offered → accepted → arrived, per mission (an employer sees its own
 * offers' lines), per employer (its own), per job offer and per candidate (their own); and a mission's as CSV for MIFI.
 */
@RestController
@RequestMapping("/api/funnel")
class FunnelController {

    private final FunnelQueries queries;
    private final AggregateChanges changes;

    FunnelController(FunnelQueries queries, AggregateChanges changes) {
        this.queries = queries;
        this.changes = changes;
    }

    @GetMapping("/missions/{missionId}")
    @PreAuthorize("hasAnyRole('MIFI', 'RECRUITER', 'EMPLOYER')")
    FunnelReport mission(@PathVariable String missionId, @RequestParam(required = false) Integer page,
                         @RequestParam(required = false) Integer size) {
        Caller caller = Caller.current();
        PageRequest request = PageRequest.of(page, size);
        existingMission(missionId, caller);
        return report("mission", missionId, queries.rows(caller, where("missionId").is(missionId), FunnelQueries.By.JOB_OFFER), request);
    }

    @GetMapping(value = "/missions/{missionId}/export.csv")
    @PreAuthorize("hasRole('MIFI')")
    void missionCsv(@PathVariable String missionId, HttpServletResponse response) throws IOException {
        Caller caller = Caller.current();
        existingMission(missionId, caller);
        List<FunnelRow> rows = queries.rows(caller, where("missionId").is(missionId), FunnelQueries.By.JOB_OFFER);
        response.setContentType("text/csv; charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"entonnoir-" + missionId + ".csv\"");
        PrintWriter out = response.getWriter();
        out.print(Csv.line("jobOfferId", "employerId", "title", "applied", "preselected", "interviewed", "offered",
                "accepted", "arrived"));
        rows.forEach(r -> out.print(line(r.jobOfferId(), r.employerId(), r.title(), r.stages())));
        out.print(line("TOTAL", null, null, FunnelQueries.totals(rows)));
        out.flush();
    }

    @GetMapping("/employers/{employerId}")
    @PreAuthorize("hasAnyRole('MIFI', 'RECRUITER', 'EMPLOYER')")
    FunnelReport employer(@PathVariable String employerId, @RequestParam(required = false) Integer page,
                          @RequestParam(required = false) Integer size) {
        Caller caller = Caller.current();
        PageRequest request = PageRequest.of(page, size);
        if (!caller.isMifi() && !caller.is(Role.RECRUITER) && !caller.isEmployer(employerId)) {
            throw new AccessDeniedException("an employer sees its own funnel only");
        }
        return report("employer", employerId, queries.rows(caller, where("employerId").is(employerId), FunnelQueries.By.JOB_OFFER), request);
    }

    @GetMapping("/job-offers/{jobOfferId}")
    @PreAuthorize("hasAnyRole('MIFI', 'RECRUITER', 'EMPLOYER')")
    FunnelReport jobOffer(@PathVariable String jobOfferId, @RequestParam(required = false) Integer page,
                          @RequestParam(required = false) Integer size) {
        Caller caller = Caller.current();
        PageRequest request = PageRequest.of(page, size);
        changes.find(JobOffer.COLLECTION, JobOffer.class, jobOfferId, JobOfferScope.POLICY.require(caller))
                .orElseThrow(() -> new NotFoundException("no job offer " + jobOfferId));
        return report("jobOffer", jobOfferId, queries.rows(caller, where("jobOfferId").is(jobOfferId), FunnelQueries.By.JOB_OFFER), request);
    }

    @GetMapping("/candidates/{candidateId}")
    @PreAuthorize("hasAnyRole('MIFI', 'RECRUITER', 'CANDIDATE')")
    FunnelReport candidate(@PathVariable String candidateId, @RequestParam(required = false) Integer page,
                           @RequestParam(required = false) Integer size) {
        Caller caller = Caller.current();
        PageRequest request = PageRequest.of(page, size);
        if (!caller.isMifi() && !caller.is(Role.RECRUITER) && !candidateId.equals(caller.subject())) {
            throw new AccessDeniedException("a candidate sees their own funnel only");
        }
        return report("candidate", candidateId, queries.rows(caller, where("candidateId").is(candidateId), FunnelQueries.By.APPLICATION), request);
    }

    private void existingMission(String missionId, Caller caller) {
        changes.find(Mission.COLLECTION, Mission.class, missionId, MissionScope.POLICY.require(caller))
                .orElseThrow(() -> new NotFoundException("no mission " + missionId));
    }

    private static FunnelReport report(String of, String id, List<FunnelRow> rows, PageRequest request) {
        List<FunnelRow> page = rows.stream().skip(request.offset()).limit(request.size()).toList();
        return new FunnelReport(of, id, FunnelQueries.totals(rows), PageResponse.of(page, request, rows.size()));
    }

    private static String line(String jobOfferId, String employerId, String title, Stages s) {
        return Csv.line(jobOfferId, employerId, title, s.applied(), s.preselected(), s.interviewed(), s.offered(),
                s.accepted(), s.arrived());
    }
}
