package qc.passerelle.students.employer;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;
import qc.passerelle.messaging.consumer.RegisteredEmployers;

/**
 * This service's own copy of the employers recruiting registered (DESIGN: no synchronous call to another context):
 * students' work placements and the employers behind labour shortages are read here. Each employer's latest
 * registration wins, whatever the order, repetition or replay the events come in.
 */
@Repository
public class KnownEmployers extends RegisteredEmployers {

    KnownEmployers(MongoTemplate mongo) {
        super(mongo);
    }
}
