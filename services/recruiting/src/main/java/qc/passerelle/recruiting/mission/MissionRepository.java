package qc.passerelle.recruiting.mission;

import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;
import qc.passerelle.messaging.outbox.CreateOnce;
import qc.passerelle.recruiting.joboffer.MissionOffers;

@Repository
public class MissionRepository implements InitializingBean, MissionOffers {

    private final MongoTemplate mongo;
    private final CreateOnce createOnce;

    MissionRepository(MongoTemplate mongo, CreateOnce createOnce) {
        this.mongo = mongo;
        this.createOnce = createOnce;
    }

    @Override
    public void afterPropertiesSet() {
        createOnce.createIndex(Mission.COLLECTION);
    }

    public Optional<Mission> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, Mission.class, Mission.COLLECTION));
    }

    @Override
    public Optional<List<String>> of(String missionId) {
        return findById(missionId).map(m -> m.jobOfferIds() == null ? List.of() : m.jobOfferIds());
    }
}
