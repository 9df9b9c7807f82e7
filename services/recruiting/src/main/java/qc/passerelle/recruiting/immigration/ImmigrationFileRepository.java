package qc.passerelle.recruiting.immigration;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Repository;

@Repository
class ImmigrationFileRepository implements InitializingBean {

    private final MongoTemplate mongo;

    ImmigrationFileRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        // for real MongoDB's funnel and employer lists; commands go by _id (the candidate) only
        mongo.indexOps(ImmigrationFile.COLLECTION).createIndex(new Index("employerId", Sort.Direction.ASC));
        mongo.indexOps(ImmigrationFile.COLLECTION).createIndex(new Index("missionId", Sort.Direction.ASC));
    }
}
