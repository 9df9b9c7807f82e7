package qc.passerelle.agri.housing;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The units assigned to each inspector, one small document per inspector: what scopes an inspector's condition
 * reports, read by id instead of searching every unit.
 */
@Repository
public class InspectorAssignments {

    static final String COLLECTION = "inspector_assignments";

    private final MongoTemplate mongo;

    InspectorAssignments(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void assign(String inspector, String unitId) {
        mongo.upsert(query(where("_id").is(inspector)), new Update().addToSet("units", unitId), COLLECTION);
    }

    public List<String> unitsOf(String inspector) {
        Document doc = mongo.findById(inspector, Document.class, COLLECTION);
        return doc == null ? List.of() : doc.getList("units", String.class, List.of());
    }
}
