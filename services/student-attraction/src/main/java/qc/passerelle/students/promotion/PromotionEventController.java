package qc.passerelle.students.promotion;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import jakarta.validation.Valid;
import java.net.URI;
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
import qc.passerelle.security.Caller;
import qc.passerelle.students.validation.CountryCodes;
import qc.passerelle.web.IdempotencyKey;
import qc.passerelle.web.NotFoundException;
import qc.passerelle.web.PageRequest;
import qc.passerelle.web.PageResponse;
import qc.passerelle.web.Pages;

@RestController
@RequestMapping("/api/promotion-events")
class PromotionEventController {

    private final SchedulePromotionEvent schedule;
    private final PromotionEventRepository events;
    private final Pages pages;

    PromotionEventController(SchedulePromotionEvent schedule, PromotionEventRepository events, Pages pages) {
        this.schedule = schedule;
        this.events = events;
        this.pages = pages;
    }

    /** MIFI's representations schedule events; an institution may schedule one it takes part in. */
    @PostMapping
    @PreAuthorize("hasAnyRole('MIFI', 'INSTITUTION')")
    ResponseEntity<PromotionEventResponse> schedule(@Valid @RequestBody PromotionEventRequest request,
                                                    @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        Caller caller = Caller.current();
        if (!caller.isMifi() && !request.institutionIds().contains(caller.institutionId())) {
            throw new AccessDeniedException("an institution schedules the events it takes part in");
        }
        PromotionEvent event = schedule.schedule(request, caller.idempotencyKey(key));
        return ResponseEntity.created(URI.create("/api/promotion-events/" + event.id()))
                .body(PromotionEventResponse.of(event));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('MIFI', 'INSTITUTION')")
    PageResponse<PromotionEventResponse> events(@RequestParam(required = false) String country,
                                                @RequestParam(required = false) Representation representation,
                                                @RequestParam(required = false) Integer page,
                                                @RequestParam(required = false) Integer size) {
        var condition = Pages.allOf(PromotionEventScope.POLICY.require(Caller.current()),
                country == null ? null : where("country").is(CountryCodes.require("country", country)),
                representation == null ? null : where("representation").is(representation));
        return pages.of(PromotionEvent.COLLECTION, PromotionEvent.class, condition, Sort.by("date", "_id"),
                PageRequest.of(page, size), PromotionEventResponse::of);
    }

    @GetMapping("/{promotionEventId}")
    @PreAuthorize("hasAnyRole('MIFI', 'INSTITUTION')")
    PromotionEventResponse event(@PathVariable String promotionEventId) {
        return events.findInScope(promotionEventId, PromotionEventScope.POLICY.require(Caller.current()))
                .map(PromotionEventResponse::of)
                .orElseThrow(() -> new NotFoundException("no promotion event " + promotionEventId));
    }
}
