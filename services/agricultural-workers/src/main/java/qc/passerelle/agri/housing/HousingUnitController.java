package qc.passerelle.agri.housing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import qc.passerelle.security.Caller;
import qc.passerelle.web.IdempotencyKey;
import qc.passerelle.web.NotFoundException;

@RestController
@RequestMapping("/api/housing-units")
class HousingUnitController {

    record CorrectionRequest(@NotNull LocalDate correctedOn) {
    }

    private final RegisterHousingUnit register;
    private final InspectHousingUnit inspect;
    private final HousingUnitRepository units;

    HousingUnitController(RegisterHousingUnit register, InspectHousingUnit inspect, HousingUnitRepository units) {
        this.register = register;
        this.inspect = inspect;
        this.units = units;
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
        return HousingScope.of(Caller.current()).flatMap(scope -> units.findInScope(unitId, scope))
                .map(HousingUnitResponse::of)
                .orElseThrow(() -> new NotFoundException("no housing unit " + unitId));
    }
}
