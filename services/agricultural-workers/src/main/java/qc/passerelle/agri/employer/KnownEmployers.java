package qc.passerelle.agri.employer;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;
import qc.passerelle.messaging.consumer.RegisteredEmployers;

/**
 * This service's own copy of the employers that recruiting registered: no synchronous call on a command's path.
 * Each employer's latest registration wins, whatever the order the events come in.
 */
@Repository
public class KnownEmployers extends RegisteredEmployers {

    KnownEmployers(MongoTemplate mongo) {
        super(mongo);
    }
}
