package qc.passerelle.commonview.agri;

import java.util.Map;
import org.bson.Document;

/** What a batch of agri-workers events left in the views it touched, as read back after its writes. */
public record AgriBatch(Map<String, Document> workers, Map<String, Document> units, Map<String, Document> reports) {
}
