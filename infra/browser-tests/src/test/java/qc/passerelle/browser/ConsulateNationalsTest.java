package qc.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** The consulate of Guatemala signs in and sees Guatemalans, and only them, on every page of its list. */
@BrowserTest
@Order(4)
class ConsulateNationalsTest {

    @Test
    void the_guatemalan_consulate_sees_only_guatemalan_workers(Season season) {
        try (Browser browser = Chromium.open(Locale.CANADA_FRENCH)) {
            Dashboard page = SignInPage.open(browser, season.site()).signInAs("consulat-gt");
            assertThat(page.path()).isEqualTo("/tableau/consulats/GT");
            assertThat(page.language()).isEqualTo("fr");

            List<String> citizenships = new ArrayList<>();
            int pages = 0;
            do {
                page.workerRows().forEach(row -> citizenships.add(row.getAttribute("data-citizenship")));
                pages++;
            } while (pages < 20 && page.nextWorkersPage());

            assertThat(citizenships).as("workers listed on %d page(s)", pages).isNotEmpty().containsOnly("GT");
            long guatemalans = JsonApi.totalItems(season.issuer().mifiToken(),
                    season.agriculturalWorkers().resolve("/api/workers?size=1&citizenship=GT"));
            assertThat(citizenships).as("every Guatemalan of the season, page after page").hasSize((int) guatemalans);
        }
    }
}
