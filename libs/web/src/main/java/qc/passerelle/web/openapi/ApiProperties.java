package qc.passerelle.web.openapi;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code passerelle.api.*}: what a reader of a service's OpenAPI document is told about it. A service names itself in
 * its own configuration; what it leaves out falls back to its {@code spring.application.name} and the build's version.
 */
@ConfigurationProperties("passerelle.api")
public record ApiProperties(String title, String description, String version, Contact contact, Licence licence) {

    public ApiProperties {
        contact = contact == null ? new Contact(null, null, null) : contact;
        licence = licence == null ? new Licence(null, null) : licence;
    }

    public record Contact(String name, String email, String url) {
        public Contact {
            name = name == null ? "Équipe Passerelle — MIFI (Direction de la mobilité Québec–ALA)" : name;
        }
    }

    /** The Quebec government's free software licence by default; a deployment states its own if it differs. */
    public record Licence(String name, String url) {
        public Licence {
            if (name == null) {
                name = "LiLiQ-R 1.1 (Licence libre du Québec – Réciprocité)";
                url = url == null ? "https://opensource.org/licenses/LiLiQ-R-1.1" : url;
            }
        }
    }
}
