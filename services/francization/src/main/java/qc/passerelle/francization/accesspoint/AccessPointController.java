package qc.passerelle.francization.accesspoint;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import qc.passerelle.security.Caller;
import qc.passerelle.web.IdempotencyKey;
import qc.passerelle.web.InvalidFieldException;
import qc.passerelle.web.NotFoundException;
import qc.passerelle.web.PageRequest;
import qc.passerelle.web.PageResponse;
import qc.passerelle.web.Pages;

/** MIFI manages the access points; anyone signed in lists them. */
@RestController
class AccessPointController {

    private final RegisterAccessPoint register;
    private final AccessPoints accessPoints;
    private final Pages pages;

    AccessPointController(RegisterAccessPoint register, AccessPoints accessPoints, Pages pages) {
        this.register = register;
        this.accessPoints = accessPoints;
        this.pages = pages;
    }

    @PostMapping("/api/access-points")
    @PreAuthorize("hasRole('MIFI')")
    ResponseEntity<AccessPoint.View> register(@Valid @RequestBody AccessPointRequest request,
                                              @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        AccessPoint stored = register.register(request, Caller.current().idempotencyKey(key));
        return ResponseEntity.created(URI.create("/api/access-points/" + stored.id())).body(stored.view());
    }

    @GetMapping("/api/access-points")
    @PreAuthorize("isAuthenticated()")
    PageResponse<AccessPoint.View> list(@RequestParam(required = false) AccessPointKind kind,
                                        @RequestParam(required = false) String country,
                                        @RequestParam(required = false) QuebecRegion region,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size) {
        if (country != null && !country.matches("[A-Z]{2}")) {
            throw new InvalidFieldException("country", "must be an ISO 3166-1 alpha-2 code such as MX");
        }
        return pages.of(AccessPoint.COLLECTION, AccessPoint.class,
                Pages.allOf(AccessPointScope.POLICY.require(Caller.current()),
                        kind == null ? null : where("kind").is(kind.name()),
                        country == null ? null : where("country").is(country),
                        region == null ? null : where("region").is(region.name())),
                Sort.by("kind", "name", "_id"), PageRequest.of(page, size), AccessPoint::view);
    }

    @GetMapping("/api/access-points/{accessPointId}")
    @PreAuthorize("isAuthenticated()")
    AccessPoint.View one(@PathVariable String accessPointId) {
        AccessPointScope.POLICY.require(Caller.current());
        return accessPoints.findById(accessPointId).map(AccessPoint::view)
                .orElseThrow(() -> new NotFoundException("no access point " + accessPointId));
    }
}
