package qc.passerelle.francization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import qc.passerelle.testsupport.EmbeddedInfrastructure;
import qc.passerelle.testsupport.HttpTestClient;
import qc.passerelle.testsupport.TestInfrastructure;

/** Bad input is refused with a 400 problem document naming the field, and nothing is written. */
class FrancizationValidationTest extends FrancizationTestBase implements OnEmbeddedInfrastructure {

    @Override
    protected TestInfrastructure infrastructure() {
        return EmbeddedInfrastructure.get();
    }

    static Stream<Arguments> invalidAccessPoints() {
        String abroad = """
                {"kind": "ALLIANCE_FRANCAISE", "name": "Alliance française de Lima", "city": "Lima", "country": "PE"}""";
        String inQuebec = """
                {"kind": "QUEBEC_CLASS", "name": "Classe", "region": "MONTEREGIE", "organisation": "CSS"}""";
        return Stream.of(
                Arguments.of("a country's name instead of its code", abroad.replace("\"PE\"", "\"Peru\""), "country"),
                Arguments.of("a code that is no country", abroad.replace("\"PE\"", "\"XX\""), "country"),
                Arguments.of("Canada as a place abroad", abroad.replace("\"PE\"", "\"CA\""), "country"),
                Arguments.of("abroad without a city", abroad.replace("\"city\": \"Lima\", ", ""), "city"),
                Arguments.of("an unknown kind", abroad.replace("ALLIANCE_FRANCAISE", "SCHOOL"), "kind"),
                Arguments.of("a second online platform", "{\"kind\": \"ONLINE_PLATFORM\", \"name\": \"x\"}", "kind"),
                Arguments.of("a class without a region", inQuebec.replace("\"region\": \"MONTEREGIE\", ", ""), "region"),
                Arguments.of("a region that is not one", inQuebec.replace("MONTEREGIE", "NOWHERE"), "region"),
                Arguments.of("a class without its organisation", inQuebec.replace(", \"organisation\": \"CSS\"", ""), "organisation"),
                Arguments.of("a blank name", abroad.replace("Alliance française de Lima", " "), "name"),
                Arguments.of("malformed JSON", abroad.substring(0, 30), "body"));
    }

    @ParameterizedTest(name = "access point: {0}")
    @MethodSource("invalidAccessPoints")
    void anInvalidAccessPointIsRefusedAndNothingIsWritten(String why, String json, String field) {
        refusedWithoutWriting("/api/access-points", json, field, "access_points");
    }

    static Stream<Arguments> invalidRegistrations() {
        String valid = registration("pers-x", "MX", "ap-online-platform", 3, 7);
        return Stream.of(
                Arguments.of("a starting level below the scale", valid.replace("\"startingLevel\": 3", "\"startingLevel\": 0"), "startingLevel"),
                Arguments.of("a starting level above the scale", valid.replace("\"startingLevel\": 3", "\"startingLevel\": 13"), "startingLevel"),
                Arguments.of("a target above the scale", valid.replace("\"targetLevel\": 7", "\"targetLevel\": 13"), "targetLevel"),
                Arguments.of("a target below the start", valid.replace("\"targetLevel\": 7", "\"targetLevel\": 2"), "targetLevel"),
                Arguments.of("a code that is no country", valid.replace("\"MX\"", "\"XX\""), "citizenship"),
                Arguments.of("a birth year two centuries ago", valid.replace("1995", "1825"), "birthYear"),
                Arguments.of("an unknown access point", valid.replace("ap-online-platform", "ap-nowhere"), "accessPointId"),
                Arguments.of("no person id", valid.replace("\"personId\": \"pers-x\", ", ""), "personId"));
    }

    @ParameterizedTest(name = "registration: {0}")
    @MethodSource("invalidRegistrations")
    void anInvalidRegistrationIsRefusedAndNothingIsWritten(String why, String json, String field) {
        refusedWithoutWriting("/api/enrolments", json, field, "enrolments");
    }

    static Stream<Arguments> invalidChanges() {
        return Stream.of(
                Arguments.of("levels", "{\"skill\": \"ORAL_PRODUCTION\", \"level\": 0, \"assessedOn\": \"2026-01-05\"}", "level"),
                Arguments.of("levels", "{\"skill\": \"ORAL_PRODUCTION\", \"level\": 13, \"assessedOn\": \"2026-01-05\"}", "level"),
                Arguments.of("levels", "{\"skill\": \"LISTENING\", \"level\": 4, \"assessedOn\": \"2026-01-05\"}", "skill"),
                Arguments.of("levels", "{\"skill\": \"ORAL_PRODUCTION\", \"level\": 4, \"assessedOn\": \"2026-02-30\"}", "assessedOn"),
                Arguments.of("levels", "{\"skill\": \"ORAL_PRODUCTION\", \"level\": 4}", "assessedOn"),
                Arguments.of("abandonments", "{\"reason\": \"BORED\"}", "reason"),
                Arguments.of("acceptances", "{\"accessPointId\": \"not an id\"}", "accessPointId"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("invalidChanges")
    void anInvalidChangeIsRefusedAndTheEnrolmentStaysAsItWas(String command, String json, String field) {
        String enrolmentId = registered("MX", "ap-online-platform", 2, null);
        String before = mifi.get("/api/enrolments/" + enrolmentId).body();

        HttpTestClient.Response response = mifi.postJson("/api/enrolments/" + enrolmentId + "/" + command, json);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("field").asString()).isEqualTo(field);
        assertThat(mifi.get("/api/enrolments/" + enrolmentId).body()).isEqualTo(before);
    }

    static Stream<Arguments> invalidBudgets() {
        String valid = """
                {"program": "prog-%s", "programName": "Bourse", "year": 2027, "amountCad": 1000}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8));
        return Stream.of(
                Arguments.of("no money", valid.replace("1000", "0"), "amountCad"),
                Arguments.of("fractions of a cent", valid.replace("1000", "1000.001"), "amountCad"),
                Arguments.of("a year long gone", valid.replace("2027", "1999"), "year"),
                Arguments.of("a program name with spaces", valid.replace("\"prog-", "\"Prog "), "program"),
                Arguments.of("an amount that is text", valid.replace("1000", "\"mil\""), "amountCad"));
    }

    @ParameterizedTest(name = "budget: {0}")
    @MethodSource("invalidBudgets")
    void anInvalidBudgetIsRefusedAndNothingIsWritten(String why, String json, String field) {
        refusedWithoutWriting("/api/scholarship-budgets", json, field, "scholarship_budgets");
    }

    @ParameterizedTest(name = "list filter {0}")
    @MethodSource("invalidFilters")
    void anInvalidFilterIsRefusedNamingIt(String query, String field) {
        HttpTestClient.Response response = mifi.get(query);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo(field);
    }

    static Stream<Arguments> invalidFilters() {
        return Stream.of(
                Arguments.of("/api/enrolments?citizenship=Mexico", "citizenship"),
                Arguments.of("/api/enrolments?status=GONE", "status"),
                Arguments.of("/api/enrolments?size=1000", "size"),
                Arguments.of("/api/access-points?kind=SCHOOL", "kind"),
                Arguments.of("/api/access-points?country=mx", "country"));
    }

    private void refusedWithoutWriting(String path, String json, String field, String collection) {
        long before = mongo.getCollection(collection).countDocuments();

        HttpTestClient.Response response = mifi.postJson(path, json);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("field").asString()).isEqualTo(field);
        assertThat(mongo.getCollection(collection).countDocuments()).isEqualTo(before);
    }
}
