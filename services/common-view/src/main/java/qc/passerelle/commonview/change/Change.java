package qc.passerelle.commonview.change;

import org.bson.Document;

/** One change of a view, as one audience may see it: {@code type} names the view, {@code key} the thing changed. */
public record Change(String audience, String type, String key, Document data) {
}
