package qc.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The consulate's page is open when a Guatemalan worker arrives in a unit whose inspection failed: the alert appears on
 * the page and is announced to screen readers, without a reload.
 */
@BrowserTest
@Order(8)
class LiveAlertTest {

    /** A demo farm other than the demo employer, whose page the other tests look at. */
    private static final String FARM = "emp-ferme-002";

    @Test
    void an_arrival_into_a_failing_unit_shows_its_alert_on_the_open_page(Season season) {
        try (Browser browser = Chromium.open(Locale.CANADA_FRENCH)) {
            browser.watchLiveStreams();
            Dashboard page = SignInPage.open(browser, season.site()).signInAs("consulat-gt");
            page.awaitLive();
            page.markAsLoaded();
            page.listenToAnnouncements();
            List<String> before = page.alertIds();

            arrivalOfAGuatemalanIntoAFailingUnit(season);

            // the crowded unit may also be over its approved capacity: that alert may come too, in any order
            String newAlert = browser.waitUntil(driver -> page.alertIds().stream()
                    .filter(id -> !before.contains(id))
                    .filter(id -> "WorkersInNonCompliantHousing".equals(page.alertType(id)))
                    .findFirst().orElse(null));
            browser.waitUntil(driver -> page.alert(newAlert).getText().contains("Ixchel Tzul"));
            String newAlertWords = page.newAlertWords();
            browser.waitUntil(driver -> page.announcements().stream().anyMatch(text -> text.startsWith(newAlertWords)
                    && text.contains(page.alert(newAlert).findElement(By.cssSelector(".alerte-titre")).getText())));
            assertThat(page.notReloadedSinceMarked()).as("the same page, not reloaded").isTrue();
        }
    }

    /** Through agricultural-workers' API, as MIFI: a new unit, its failed inspection, a Guatemalan's arrival in it. */
    private static void arrivalOfAGuatemalanIntoAFailingUnit(Season season) {
        String mifi = season.issuer().mifiToken();
        URI agri = season.agriculturalWorkers();
        LocalDate today = LocalDate.now();
        String unitId = JsonApi.post(mifi, agri.resolve("/api/housing-units"), Map.of(
                "employerId", FARM,
                "address", "77, rang du Test, Saint-Laurent-de-l'Île-d'Orléans",
                "region", "CAPITALE_NATIONALE",
                "facts", crowdedFacts())).get("housingUnitId").asString();
        JsonApi.post(mifi, agri.resolve("/api/housing-units/" + unitId + "/inspections"), Map.of(
                "ruleSet", "CNESST_2026_DRAFT",
                "plannedOccupants", 8,
                "inspectedOn", today.toString(),
                "observed", crowdedFacts()));
        Map<String, Object> arrival = new LinkedHashMap<>();
        arrival.put("givenName", "Ixchel");
        arrival.put("familyName", "Tzul");
        arrival.put("citizenship", "GT");
        arrival.put("birthYear", today.getYear() - 29);
        arrival.put("stream", "TFWP_AGRICULTURAL");
        arrival.put("employerId", FARM);
        arrival.put("housingUnitId", unitId);
        arrival.put("arrivalDate", today.toString());
        arrival.put("flightNumber", "TA 1234");
        arrival.put("returning", false);
        JsonApi.post(mifi, agri.resolve("/api/workers/arrivals"), arrival);
    }

    /** Eight people in two rooms with bunk beds and one toilet: what the CNESST draft refuses. */
    private static Map<String, Object> crowdedFacts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("rooms", List.of(room("A"), room("B")));
        facts.put("toilets", 1);
        facts.put("showers", 1);
        facts.put("sinks", 1);
        facts.put("stoves", 2);
        facts.put("fridges", 2);
        facts.put("heating", true);
        facts.put("potableWater", true);
        facts.put("smokeDetectors", 1);
        facts.put("fireExtinguishers", 1);
        return facts;
    }

    private static Map<String, Object> room(String name) {
        return Map.of("name", name, "areaM2", 14, "beds", 4, "bunkBeds", 2, "minBedSpacingCm", 90);
    }
}
