package qc.passerelle.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.assertj.core.api.SoftAssertions;
import tools.jackson.databind.JsonNode;

/**
 * Who may do what, one line per endpoint and caller: every issue adds its endpoints here, so that the whole access
 * policy of a service stays readable in one table and is checked at once.
 *
 * <pre>
 * AccessMatrix.on(http)
 *     .get("/api/views/consulates/GT/workers", tokens.consulate("MX"), 403)
 *     .get("/api/views/consulates/GT/workers", tokens.consulate("GT"), 200, items(citizenshipIs("GT")))
 *     .verify();
 * </pre>
 */
public final class AccessMatrix {

    private record Row(String method, String path, String token, String body, int status, Predicate<JsonNode> content,
                       String contentRule) {
    }

    private final HttpTestClient http;
    private final List<Row> rows = new ArrayList<>();

    private AccessMatrix(HttpTestClient http) {
        this.http = http;
    }

    public static AccessMatrix on(HttpTestClient http) {
        return new AccessMatrix(http);
    }

    public AccessMatrix get(String path, String token, int status) {
        return get(path, token, status, null, null);
    }

    /** A read whose answer must also satisfy {@code content} (named by {@code rule} in failures). */
    public AccessMatrix get(String path, String token, int status, String rule, Predicate<JsonNode> content) {
        rows.add(new Row("GET", path, token, null, status, content, rule));
        return this;
    }

    public AccessMatrix post(String path, String json, String token, int status) {
        rows.add(new Row("POST", path, token, json, status, null, null));
        return this;
    }

    public void verify() {
        SoftAssertions softly = new SoftAssertions();
        for (Row row : rows) {
            Map<String, String> headers = row.token() == null ? Map.of() : TestIdentityProvider.bearer(row.token());
            HttpTestClient.Response response = row.method().equals("GET")
                    ? http.get(row.path(), headers)
                    : http.postJson(row.path(), row.body(), headers);
            String what = row.method() + " " + row.path() + " as " + subject(row.token());
            softly.assertThat(response.status()).as(what + ": " + response.body()).isEqualTo(row.status());
            if (response.status() >= 400) {
                softly.assertThat(response.contentType()).as(what).startsWith("application/problem+json");
            }
            if (row.content() != null && response.status() == row.status()) {
                softly.assertThat(row.content().test(response.json())).as(what + " " + row.contentRule() + ": "
                        + response.body()).isTrue();
            }
        }
        softly.assertAll();
    }

    /** Every item of a page satisfies the rule (and there is at least one, so the rule was really exercised). */
    public static Predicate<JsonNode> everyItem(Predicate<JsonNode> rule) {
        return page -> page.get("items").size() > 0 && page.get("items").valueStream().allMatch(rule);
    }

    public static Predicate<JsonNode> field(String name, String value) {
        return node -> node.has(name) && value.equals(node.get(name).asString());
    }

    private static String subject(String token) {
        if (token == null) {
            return "anonymous";
        }
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return "a malformed token";
        }
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]));
        return payload.replaceAll(".*\"sub\":\"([^\"]*)\".*", "$1");
    }
}
