package qc.passerelle.web.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import qc.passerelle.web.CorrelationId;
import qc.passerelle.web.IdempotencyKey;

/**
 * Every service answers its failures the same way (see {@code ProblemAdvice}); the document says so on every operation,
 * with an example a client developer can match against: the field to fix, the missing token, the store away.
 */
public class ProblemResponses implements OpenApiCustomizer {

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String SCHEMA = "Problem";
    static final String IDEMPOTENCY_EXAMPLE = "8d4f3c2e-6a1b-4f57-9a0e-2b7c1d9e5f10";

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents().addSchemas(SCHEMA, problemSchema());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().values().forEach(path -> path.readOperations().forEach(this::describe));
    }

    private void describe(Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (takesInput) {
            add(responses, "400", "Requête invalide : le champ à corriger est nommé dans « field »", problem(400,
                    "Requête invalide", "birthYear: a worker is born between 1946 and 2010",
                    Map.of("field", "birthYear", "errors",
                            List.of(Map.of("field", "birthYear", "message", "a worker is born between 1946 and 2010")))));
        }
        add(responses, "401", "Jeton absent, expiré ou d'un autre émetteur",
                problem(401, "Non authentifié", "a valid bearer token is required", Map.of()));
        add(responses, "403", "Rôle insuffisant, ou rôle restreint sans sa revendication (employer_id, country, institution_id)",
                problem(403, "Accès refusé", "role CONSULATE requires the claim 'country'", Map.of()));
        add(responses, "503", "Base de données ou courtier momentanément indisponible : réessayer",
                problem(503, "Service indisponible", "the store is unavailable; try again shortly",
                        Map.of("correlationId", "0b6c2f4e9d1a4c3b")));
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if (IdempotencyKey.HEADER.equalsIgnoreCase(parameter.getName()) && parameter.getExample() == null) {
                    parameter.setExample(IDEMPOTENCY_EXAMPLE);
                    if (parameter.getDescription() == null) {
                        parameter.setDescription("Répéter une commande avec la même clé renvoie le premier résultat "
                                + "sans rien publier de nouveau.");
                    }
                }
            }
        }
    }

    private static void add(ApiResponses responses, String status, String description, Map<String, Object> example) {
        if (responses.containsKey(status)) {
            return;
        }
        MediaType media = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA))
                .addExamples("exemple", new Example().summary(description).value(example));
        responses.addApiResponse(status, new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM_JSON, media)));
    }

    private static Map<String, Object> problem(int status, String title, String detail, Map<String, Object> extra) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", "/api/workers");
        problem.putAll(extra);
        return problem;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemSchema() {
        Schema schema = new ObjectSchema().description("Document de problème RFC 9457 (" + PROBLEM_JSON + ")");
        schema.addProperty("type", new StringSchema().example("about:blank"));
        schema.addProperty("title", new StringSchema().example("Requête invalide"));
        schema.addProperty("status", new IntegerSchema().example(400));
        schema.addProperty("detail", new StringSchema());
        schema.addProperty("instance", new StringSchema());
        schema.addProperty("field", new StringSchema().description("le champ à corriger").example("birthYear"));
        schema.addProperty("errors", new ArraySchema().items(new ObjectSchema()
                .addProperty("field", new StringSchema()).addProperty("message", new StringSchema())));
        schema.addProperty(CorrelationId.MDC_KEY, new StringSchema()
                .description("à citer au soutien ; aussi dans l'en-tête " + CorrelationId.HEADER));
        return schema;
    }
}
