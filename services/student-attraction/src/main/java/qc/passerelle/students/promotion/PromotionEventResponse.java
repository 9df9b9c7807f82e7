package qc.passerelle.students.promotion;

import java.time.LocalDate;
import java.util.List;
import qc.passerelle.contracts.students.PromotionFormat;

public record PromotionEventResponse(String promotionEventId, String name, PromotionFormat format, String country,
                                     String city, LocalDate date, Representation representation,
                                     List<String> institutionIds, long version) {

    public static PromotionEventResponse of(PromotionEvent e) {
        return new PromotionEventResponse(e.id(), e.name(), e.format(), e.country(), e.city(), e.date(),
                e.representation(), e.institutionIds(), e.version());
    }
}
