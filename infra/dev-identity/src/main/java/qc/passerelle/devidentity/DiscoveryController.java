package qc.passerelle.devidentity;

import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What any OIDC provider publishes: its discovery document and its public keys. */
@RestController
class DiscoveryController {

    private final TokenMinter minter;

    DiscoveryController(TokenMinter minter) {
        this.minter = minter;
    }

    @GetMapping("/.well-known/openid-configuration")
    Map<String, Object> discovery() {
        return Map.of(
                "issuer", minter.issuer(),
                "jwks_uri", minter.issuer() + "/oauth2/jwks",
                "token_endpoint", minter.issuer() + "/dev/tokens",
                "id_token_signing_alg_values_supported", List.of("RS256"),
                "subject_types_supported", List.of("public"),
                "response_types_supported", List.of("token"),
                "claims_supported", List.of("sub", "roles", "employer_id", "country", "institution_id"));
    }

    @GetMapping(value = "/oauth2/jwks", produces = MediaType.APPLICATION_JSON_VALUE)
    String jwks() {
        return minter.jwkSetJson();
    }
}
