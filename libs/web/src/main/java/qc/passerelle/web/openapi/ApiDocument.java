package qc.passerelle.web.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The head of every service's OpenAPI document: who it is, which build, who to ask, and how callers authenticate. */
public final class ApiDocument {

    /** The name callers' operations refer to; the same in every service so clients can be generated alike. */
    public static final String BEARER = "bearer-jwt";

    private ApiDocument() {
    }

    public static OpenAPI of(String applicationName, ApiProperties api, String buildVersion) {
        String title = api.title() != null ? api.title() : "Passerelle — " + applicationName;
        String description = api.description() != null ? api.description()
                : "Service « " + applicationName + " » de Passerelle (Mobilité Québec–ALA). Erreurs en "
                        + "application/problem+json (RFC 9457) nommant le champ à corriger.";
        String version = api.version() != null ? api.version() : buildVersion;
        Contact contact = new Contact().name(api.contact().name()).email(api.contact().email()).url(api.contact().url());
        License licence = new License().name(api.licence().name()).url(api.licence().url());
        SecurityScheme bearer = new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("Jeton d'accès OAuth2 (JWT) de l'émetteur configuré (issuer-uri). Rôles : MIFI, RECRUITER, "
                        + "EMPLOYER (employer_id), CONSULATE (country), INSPECTOR, INSTITUTION (institution_id), CANDIDATE.");
        return new OpenAPI()
                .info(new Info().title(title).description(description).version(version).contact(contact).license(licence))
                .components(new Components().addSecuritySchemes(BEARER, bearer))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
