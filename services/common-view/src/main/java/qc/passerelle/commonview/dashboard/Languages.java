package qc.passerelle.commonview.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * French by default; Spanish, English and Portuguese on request. The browser's {@code Accept-Language} chooses until
 * the person picks a language with the switch ({@code ?lang=es}), which a cookie then remembers for a year.
 */
@Configuration(proxyBeanMethods = false)
class Languages implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.of("es"), Locale.ENGLISH, Locale.of("pt"));
    static final String COOKIE = "passerelle-lang";

    @Bean(name = "localeResolver")
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setCookieHttpOnly(true);
        resolver.setDefaultLocaleFunction(Languages::fromBrowser);
        return resolver;
    }

    /** The first of the browser's languages that the dashboard speaks, by quality; French when none is. */
    static Locale fromBrowser(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Locale.FRENCH;
        }
        for (Locale asked : Collections.list(request.getLocales())) {
            Locale found = supported(asked.getLanguage());
            if (found != null) {
                return found;
            }
        }
        return Locale.FRENCH;
    }

    static Locale supported(String language) {
        if (language == null) {
            return null;
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equalsIgnoreCase(language.trim())).findFirst().orElse(null);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                Locale chosen = supported(request.getParameter("lang"));
                LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
                if (chosen != null && resolver != null) {
                    resolver.setLocale(request, response, chosen);
                }
                return true;
            }
        }).addPathPatterns("/", "/tableau", "/tableau/**", DashboardSecurity.SIGN_IN, "/erreur/**");
    }
}
