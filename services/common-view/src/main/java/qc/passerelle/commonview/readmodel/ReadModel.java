package qc.passerelle.commonview.readmodel;

import java.util.List;
import org.springframework.data.mongodb.core.index.IndexDefinition;

/**
 * A collection rebuilt from the topics (dropped and replayed by a rebuild), with the secondary indexes real MongoDB
 * needs for its queries (the local wire server ignores them and is read by {@code _id}).
 */
public record ReadModel(String collection, List<IndexDefinition> indexes) {

    public static ReadModel of(String collection, IndexDefinition... indexes) {
        return new ReadModel(collection, List.of(indexes));
    }
}
