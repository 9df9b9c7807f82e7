package qc.passerelle.agri.housing;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import qc.passerelle.contracts.agriworkers.InspectionResult;
import qc.passerelle.security.Caller;
import qc.passerelle.web.IdempotencyKey;
import qc.passerelle.web.NotFoundException;
import qc.passerelle.web.PageRequest;
import qc.passerelle.web.PageResponse;
import qc.passerelle.web.Pages;

@RestController
@RequestMapping("/api/housing-units")
class HousingUnitController {

    record CorrectionRequest(@NotNull LocalDate correctedOn) {
    }

    record AssignmentRequest(@NotBlank @Size(max = 100) String inspector) {
    }

    private final RegisterHousingUnit register;
    private final InspectHousingUnit inspect;
    private final HousingUnitRepository units;
    private final Pages pages;

    HousingUnitController(RegisterHousingUnit register, InspectHousingUnit inspect, HousingUnitRepository units,
                          Pages pages) {
        this.register = register;
        this.inspect = inspect;
        this.units = units;
        this.pages = pages;
    }

    /** MIFI assigns a unit to an inspector (the token subject), who may then see and inspect it. */
    @PostMapping("/{unitId}/assignments")
    @PreAuthorize("hasRole('MIFI')")
    ResponseEntity<HousingUnitResponse> assign(@PathVariable String unitId, @Valid @RequestBody AssignmentRequest request) {
        if (!units.assign(unitId, request.inspector())) {
            throw new NotFoundException("no housing unit " + unitId);
        }
        return ResponseEntity.created(URI.create("/api/housing-units/" + unitId)).body(unit(unitId));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('MIFI', 'INSPECTOR', 'EMPLOYER')")
    PageResponse<HousingUnitResponse> units(@RequestParam(required = false) QuebecRegion region,
                                            @RequestParam(required = false) String employerId,
                                            @RequestParam(required = false) InspectionResult result,
                                            @RequestParam(required = false) Integer page,
                                            @RequestParam(required = false) Integer size) {
        Criteria scope = HousingScope.POLICY.require(Caller.current());
        Criteria condition = Pages.allOf(scope,
                region == null ? null : where("region").is(region),
                employerId == null ? null : where("employerId").is(employerId),
                result == null ? null : where("latestInspection.evaluation.result").is(result));
        return pages.of(HousingUnitRepository.COLLECTION, HousingUnit.class, condition, Sort.by("_id"),
                PageRequest.of(page, size), HousingUnitResponse::of);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('MIFI', 'EMPLOYER')")
    ResponseEntity<HousingUnitResponse> register(@Valid @RequestBody HousingUnitRequest request,
                                                 @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        Caller caller = Caller.current();
        if (!caller.isMifi() && !caller.isEmployer(request.employerId())) {
            throw new AccessDeniedException("an employer registers its own housing only");
        }
        HousingUnit unit = register.register(request, caller.idempotencyKey(key));
        return ResponseEntity.created(URI.create("/api/housing-units/" + unit.id())).body(HousingUnitResponse.of(unit));
    }

    @PostMapping("/{unitId}/inspections")
    @PreAuthorize("hasAnyRole('MIFI', 'INSPECTOR')")
    ResponseEntity<HousingUnitResponse> inspect(@PathVariable String unitId, @Valid @RequestBody InspectionRequest request) {
        HousingUnit unit = inspect.inspect(unitId, request, Caller.current());
        return ResponseEntity.created(URI.create("/api/housing-units/" + unitId)).body(HousingUnitResponse.of(unit));
    }

    @PostMapping("/{unitId}/deficiencies/{deficiencyId}/corrections")
    @PreAuthorize("hasAnyRole('MIFI', 'INSPECTOR', 'EMPLOYER')")
    ResponseEntity<HousingUnitResponse> correct(@PathVariable String unitId, @PathVariable String deficiencyId,
                                                @Valid @RequestBody CorrectionRequest request) {
        HousingUnit unit = inspect.correct(unitId, deficiencyId, request.correctedOn(), Caller.current());
        return ResponseEntity.created(URI.create("/api/housing-units/" + unitId)).body(HousingUnitResponse.of(unit));
    }

    @GetMapping("/{unitId}")
    @PreAuthorize("hasAnyRole('MIFI', 'INSPECTOR', 'EMPLOYER')")
    HousingUnitResponse unit(@PathVariable String unitId) {
        return units.findInScope(unitId, HousingScope.POLICY.require(Caller.current()))
                .map(HousingUnitResponse::of)
                .orElseThrow(() -> new NotFoundException("no housing unit " + unitId));
    }
}
