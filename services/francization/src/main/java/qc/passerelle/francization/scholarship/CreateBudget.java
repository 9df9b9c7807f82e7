package qc.passerelle.francization.scholarship;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import qc.passerelle.messaging.outbox.CreateOnce;
import qc.passerelle.web.ConflictException;

/** MIFI sets a program's budget for a year, once: the budget's id is its program and year. */
@Service
class CreateBudget implements InitializingBean {

    private static final long MAX_CENTS = 100_000_000_00L;

    private final CreateOnce createOnce;
    private final Clock clock;

    CreateBudget(CreateOnce createOnce, Clock clock) {
        this.createOnce = createOnce;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        createOnce.createIndex(ScholarshipBudget.COLLECTION);
    }

    ScholarshipBudget create(ScholarshipRequests.Budget request, Optional<String> idempotencyKey) {
        long cents = Money.cents("amountCad", request.amountCad(), MAX_CENTS);
        String id = ScholarshipBudget.idOf(request.program(), request.year());
        try {
            return createOnce.insert(ScholarshipBudget.COLLECTION, ScholarshipBudget.class, idempotencyKey,
                    earlier -> earlier.id().equals(id) && earlier.totalCents() == cents
                            && earlier.programName().equals(request.programName().strip()),
                    () -> new ScholarshipBudget(id, request.program(), request.programName().strip(), request.year(),
                            cents, 0, cents, List.of(), clock.instant(), idempotencyKey.orElse(null), 0, List.of(),
                            false));
        } catch (DuplicateKeyException twice) {
            throw new ConflictException("program", "program " + request.program() + " has a budget for "
                    + request.year() + " already");
        }
    }
}
