package qc.passerelle.devidentity;

import jakarta.validation.Valid;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import qc.passerelle.web.InvalidFieldException;

/** Tokens on request for local development: exists only with the dev profile. */
@RestController
@Profile("dev")
class DevTokenController {

    record TokenResponse(String access_token, String token_type, long expires_in) {
    }

    record DemoUser(String subject, List<String> roles, Map<String, String> claims, String note) {
    }

    static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("mifi-analyste", List.of("MIFI"), Map.of(), "MIFI analyst: sees everything"),
            new DemoUser("consulat-gt", List.of("CONSULATE"), Map.of("country", "GT"), "Consulate of Guatemala"),
            new DemoUser("consulat-mx", List.of("CONSULATE"), Map.of("country", "MX"), "Consulate of Mexico"),
            new DemoUser("consulat-hn", List.of("CONSULATE"), Map.of("country", "HN"), "Consulate of Honduras"),
            new DemoUser("consulat-jm", List.of("CONSULATE"), Map.of("country", "JM"), "Consulate of Jamaica"),
            new DemoUser("consulat-sv", List.of("CONSULATE"), Map.of("country", "SV"), "Consulate of El Salvador"),
            // ./passerelle demo registers this farm with this id (infra/demo), with workers and a failing unit
            new DemoUser("ferme-beausejour", List.of("EMPLOYER"), Map.of("employer_id", "emp-ferme-001"), "a farm in Montérégie"),
            new DemoUser("recruteur-jq", List.of("RECRUITER"), Map.of(), "Journées Québec recruiter"),
            new DemoUser("inspecteur-07", List.of("INSPECTOR"), Map.of(), "housing inspector"),
            new DemoUser("cegep-rimouski", List.of("INSTITUTION"), Map.of("institution_id", "inst-cegep-rimouski"), "a cégep"),
            new DemoUser("cand-5521", List.of("CANDIDATE"), Map.of(), "a candidate at a Journées Québec mission"));

    private final TokenMinter minter;

    DevTokenController(TokenMinter minter) {
        this.minter = minter;
    }

    @PostMapping("/dev/tokens")
    TokenResponse token(@Valid @RequestBody TokenRequest request) {
        Map<String, String> claims = new LinkedHashMap<>();
        requireClaim(request, "CONSULATE", "country", request.country(), claims);
        requireClaim(request, "EMPLOYER", "employer_id", request.employerId(), claims);
        requireClaim(request, "INSTITUTION", "institution_id", request.institutionId(), claims);
        long lifetime = request.expiresIn() == null ? 3600 : request.expiresIn();
        String token = minter.mint(request.subject(), request.roles(), claims, Duration.ofSeconds(lifetime));
        return new TokenResponse(token, "Bearer", lifetime);
    }

    @GetMapping("/dev/users")
    List<DemoUser> demoUsers() {
        return DEMO_USERS;
    }

    private static void requireClaim(TokenRequest request, String role, String claim, String value,
                                     Map<String, String> claims) {
        if (request.roles().contains(role)) {
            if (value == null) {
                throw new InvalidFieldException(claim, "the " + role + " role needs " + claim);
            }
            claims.put(claim, value);
        }
    }
}
