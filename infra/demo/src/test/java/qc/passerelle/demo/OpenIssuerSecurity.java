package qc.passerelle.demo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The development issuer has no security of its own: in the services' class path, Spring Security would otherwise
 * guard it with a generated password. Its tokens are for anyone on this machine, as with ./passerelle up.
 */
@Configuration(proxyBeanMethods = false)
class OpenIssuerSecurity {

    @Bean
    SecurityFilterChain openIssuer(HttpSecurity http) throws Exception {
        return http.csrf(csrf -> csrf.disable())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }
}
