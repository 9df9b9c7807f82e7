package qc.passerelle.contracts;

/** Every event of the catalogue: a plain record whose subject is the id of the aggregate it is about. */
public interface MobilityEvent {

    /** Aggregate id: the CloudEvents subject and the Kafka record key, so one aggregate stays in one partition. */
    String subject();
}
