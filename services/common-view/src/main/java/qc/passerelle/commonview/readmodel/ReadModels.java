package qc.passerelle.commonview.readmodel;

import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Every read model of the service: their indexes at start-up, and the drop that starts a rebuild. */
@Component
public class ReadModels implements InitializingBean {

    private final MongoTemplate mongo;
    private final List<ReadModel> all;

    public ReadModels(MongoTemplate mongo, List<ReadModel> all) {
        this.mongo = mongo;
        this.all = List.copyOf(all);
    }

    @Override
    public void afterPropertiesSet() {
        createIndexes();
    }

    public List<String> collections() {
        return all.stream().map(ReadModel::collection).sorted().toList();
    }

    public void createIndexes() {
        for (ReadModel model : all) {
            model.indexes().forEach(index -> mongo.indexOps(model.collection()).createIndex(index));
        }
    }

    /** Empties one read model, its indexes kept (a rebuild then writes its documents back). */
    public void recreate(String collection) {
        mongo.dropCollection(collection);
        all.stream().filter(model -> model.collection().equals(collection))
                .forEach(model -> model.indexes().forEach(index -> mongo.indexOps(collection).createIndex(index)));
    }

    /** Drops every read model (not the alerts raised, nor the acknowledgements, the change log or the audit). */
    public void dropAll() {
        all.forEach(model -> mongo.dropCollection(model.collection()));
        createIndexes();
    }
}
