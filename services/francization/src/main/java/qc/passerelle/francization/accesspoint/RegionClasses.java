package qc.passerelle.francization.accesspoint;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The classes of each region, one small document per region, so that placing an arriving worker reads one document
 * by id instead of every access point. A class is listed before its own document is written: a crash between the two
 * leaves a name that leads nowhere, which readers skip, never a class that placement cannot find.
 */
final class RegionClasses {

    static final String COLLECTION = "region_classes";

    private final MongoTemplate mongo;

    RegionClasses(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void list(QuebecRegion region, String accessPointId) {
        mongo.upsert(query(where("_id").is(region.name())), new Update().addToSet("accessPointIds", accessPointId),
                COLLECTION);
    }

    /** The region's classes, oldest first. */
    List<String> of(QuebecRegion region) {
        Document doc = mongo.findById(region.name(), Document.class, COLLECTION);
        return doc == null ? List.of() : doc.getList("accessPointIds", String.class, List.of());
    }
}
