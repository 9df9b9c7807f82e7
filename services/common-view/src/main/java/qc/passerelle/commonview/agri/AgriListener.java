package qc.passerelle.commonview.agri;

/** Told, after each batch of agri-workers events, what the views it touched look like now (the alerts are). */
public interface AgriListener {

    void afterBatch(AgriBatch batch);
}
