package qc.passerelle.francization.enrolment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import qc.passerelle.contracts.francization.EnrolmentSource;
import qc.passerelle.francization.progress.Skill;
import qc.passerelle.security.Caller;
import qc.passerelle.security.Role;
import qc.passerelle.security.ScopePolicy;

/**
 * For MIFI: how many people are at each level of each skill, per source, among the enrolments that started (active,
 * completed or abandoned). Counts only, no person: computed by the database, one grouping per skill.
 */
@RestController
class LevelDistribution {

    /** Counts over every enrolment: MIFI's alone. */
    static final ScopePolicy POLICY = ScopePolicy.named("level distributions").everything(Role.MIFI).build();

    public record Row(EnrolmentSource source, Skill skill, int level, long people) {
    }

    public record Distribution(List<Row> items) {
    }

    private final MongoTemplate mongo;

    LevelDistribution(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @GetMapping("/api/levels/distribution")
    @PreAuthorize("hasRole('MIFI')")
    Distribution distribution(@RequestParam(required = false) EnrolmentSource source) {
        POLICY.require(Caller.current());
        Document match = new Document("status", new Document("$in", List.of(EnrolmentStatus.ACTIVE.name(),
                EnrolmentStatus.COMPLETED.name(), EnrolmentStatus.ABANDONED.name())));
        if (source != null) {
            match.append("source", source.name());
        }
        List<Row> rows = new ArrayList<>();
        for (Skill skill : Skill.values()) {
            List<Document> pipeline = List.of(new Document("$match", match),
                    new Document("$group", new Document("_id", new Document("source", "$source")
                            .append("level", "$levels." + skill.name()))
                            .append("people", new Document("$sum", 1))));
            for (Document group : mongo.getCollection(Enrolment.COLLECTION).aggregate(pipeline).batchSize(1000)) {
                Document key = group.get("_id", Document.class);
                rows.add(new Row(EnrolmentSource.valueOf(key.getString("source")), skill,
                        ((Number) key.get("level")).intValue(), ((Number) group.get("people")).longValue()));
            }
        }
        rows.sort(Comparator.comparing(Row::source).thenComparing(Row::skill).thenComparingInt(Row::level));
        return new Distribution(rows);
    }
}
