package qc.passerelle.contracts;

/**
 * One versioned event type: {@code qc.mobility.<context>.<Name>.v<N>}, with the record that carries it and the
 * places of its JSON Schema and fixture on the class path.
 */
public record EventType(Context context, String name, int version, Class<? extends MobilityEvent> recordType) {

    public static EventType of(Context context, String name, int version, Class<? extends MobilityEvent> recordType) {
        return new EventType(context, name, version, recordType);
    }

    public String ceType() {
        return "qc.mobility." + context.id() + "." + name + ".v" + version;
    }

    public String topic() {
        return context.topic();
    }

    public String schemaResource() {
        return "/schemas/" + context.id() + "/" + name + ".v" + version + ".json";
    }

    public String fixtureResource() {
        return "/fixtures/" + context.id() + "/" + name + ".v" + version + ".json";
    }

    /** Written into {@code ce_dataschema} so a consumer knows which schema the data follows. */
    public String dataSchema() {
        return "urn:passerelle:schema:" + context.id() + ":" + name + ":v" + version;
    }
}
