package qc.passerelle.francization.accesspoint;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import qc.passerelle.messaging.outbox.CreateOnce;
import qc.passerelle.messaging.store.TimeOrderedIds;

/** MIFI declares an access point; a class in Quebec is listed under its region for the placement of workers. */
@Service
class RegisterAccessPoint {

    private final CreateOnce createOnce;
    private final AccessPoints accessPoints;
    private final Clock clock;

    RegisterAccessPoint(CreateOnce createOnce, AccessPoints accessPoints, Clock clock) {
        this.createOnce = createOnce;
        this.accessPoints = accessPoints;
        this.clock = clock;
    }

    AccessPoint register(AccessPointRequest request, Optional<String> idempotencyKey) {
        AccessPointRules.check(request);
        // the same key always names the same access point, so a retry after a crash lists it under its region once
        String id = idempotencyKey.map(k -> "ap-" + UUID.nameUUIDFromBytes(k.getBytes(StandardCharsets.UTF_8)))
                .orElseGet(() -> "ap-" + TimeOrderedIds.next());
        return createOnce.insert(AccessPoint.COLLECTION, AccessPoint.class, idempotencyKey,
                earlier -> earlier.answers(request), () -> {
                    if (request.kind() == AccessPointKind.QUEBEC_CLASS) {
                        accessPoints.regionClasses().list(request.region(), id);
                    }
                    return new AccessPoint(id, request.kind(), request.name().strip(), request.city(),
                            request.country(), request.region(), request.organisation(), clock.instant(),
                            idempotencyKey.orElse(null), 0, List.of(), false);
                });
    }
}
