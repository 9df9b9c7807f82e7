package qc.passerelle.recruiting.mission;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import qc.passerelle.recruiting.reference.Sector;
import qc.passerelle.recruiting.support.AggregateChanges;
import qc.passerelle.recruiting.support.Created;
import qc.passerelle.security.Caller;
import qc.passerelle.security.Role;
import qc.passerelle.web.IdempotencyKey;
import qc.passerelle.web.InvalidFieldException;
import qc.passerelle.web.NotFoundException;
import qc.passerelle.web.PageRequest;
import qc.passerelle.web.PageResponse;
import qc.passerelle.web.Pages;

@RestController
@RequestMapping("/api/missions")
class MissionController {

    private final ScheduleMission schedule;
    private final JoinMission join;
    private final AggregateChanges changes;
    private final Pages pages;

    MissionController(ScheduleMission schedule, JoinMission join, AggregateChanges changes, Pages pages) {
        this.schedule = schedule;
        this.join = join;
        this.changes = changes;
        this.pages = pages;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('MIFI', 'RECRUITER')")
    ResponseEntity<MissionResponse> schedule(@Valid @RequestBody MissionRequest request,
                                             @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        Mission mission = schedule.schedule(request, Caller.current().idempotencyKey(key));
        return Created.at("/api/missions/" + mission.id(), MissionResponse.of(mission));
    }

    @PostMapping("/{missionId}/participations")
    @PreAuthorize("hasAnyRole('MIFI', 'RECRUITER', 'EMPLOYER')")
    ResponseEntity<MissionResponse> join(@PathVariable String missionId, @Valid @RequestBody JoinRequest request,
                                         @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        Caller caller = Caller.current();
        if (!caller.isMifi() && !caller.is(Role.RECRUITER) && !caller.isEmployer(request.employerId())) {
            throw new AccessDeniedException("an employer joins a mission for itself only");
        }
        Mission mission = join.join(missionId, request, caller, caller.idempotencyKey(key));
        return Created.at("/api/missions/" + missionId, MissionResponse.of(mission));
    }

    @GetMapping("/{missionId}")
    @PreAuthorize("hasAnyRole('MIFI', 'RECRUITER', 'EMPLOYER', 'CANDIDATE')")
    MissionResponse mission(@PathVariable String missionId) {
        return changes.find(Mission.COLLECTION, Mission.class, missionId, MissionScope.POLICY.require(Caller.current()))
                .map(MissionResponse::of).orElseThrow(() -> new NotFoundException("no mission " + missionId));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('MIFI', 'RECRUITER', 'EMPLOYER', 'CANDIDATE')")
    PageResponse<MissionResponse> missions(@RequestParam(required = false) String country,
                                           @RequestParam(required = false) Sector sector,
                                           @RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size) {
        if (country != null && !country.matches("[A-Z]{2}")) {
            throw new InvalidFieldException("country", "must be an ISO 3166-1 alpha-2 country code such as CO");
        }
        return pages.of(Mission.COLLECTION, Mission.class,
                Pages.allOf(MissionScope.POLICY.require(Caller.current()),
                        country == null ? null : where("country").is(country),
                        sector == null ? null : where("sectors").is(sector)),
                Sort.by(Sort.Direction.DESC, "startDate").and(Sort.by("_id")), PageRequest.of(page, size),
                MissionResponse::of);
    }
}
