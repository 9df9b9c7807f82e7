package qc.passerelle.contracts.students;

import qc.passerelle.contracts.MobilityEvent;
import java.time.LocalDate;
import java.util.List;

/** Event students.PromotionEventScheduled v1; subject = promotionEventId. */
public record PromotionEventScheduled(
        String promotionEventId,
        String name,
        PromotionFormat format,
        String country,
        String city,
        LocalDate date,
        List<String> institutionIds) implements MobilityEvent {

    @Override
    public String subject() {
        return promotionEventId;
    }
}
