package org.tandem.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.tandem.ApiClient;
import org.tandem.TandemTest;
import org.tandem.TestData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The "missing now" page in a real browser, reached from the header: the youth by name,
 * hours away, the overdue reports in words; in Spanish; and on a 360-pixel-wide phone
 * without sideways scrolling.
 */
@TandemTest
class MissingNowPageTests extends BrowserTests {

	@Test
	void aWorkerSeesWhoIsMissingFromTheHeaderOnAComputerAndAPhone() {
		ApiClient worker = new ApiClient(port).as("socialworker");
		Map<String, Object> body = TestData.youthOf(worker.agencyId());
		String lastName = (String) body.get("lastName");
		UUID youth = worker.post("/api/v1/youth", body).id();
		worker.post("/api/v1/youth/" + youth + "/episodes",
				Map.of("startedAt", OffsetDateTime.now(ZoneOffset.UTC).minusHours(26).toString()));

		try (var context = browser.newContext(); Page page = context.newPage()) {
			signIn(page, "socialworker", TandemTest.PASSWORD);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Missing now")).click();
			assertThat(page.locator("h1")).hasText("Missing now");
			Locator row = page.locator("li.missing-row", new Page.LocatorOptions().setHasText(lastName));
			assertThat(row).containsText("Away 26 hours");
			assertThat(row).containsText("Report the missing youth to law enforcement (within 24 hours)");
			assertThat(row).containsText("overdue");
			assertThat(row.getByRole(AriaRole.LINK)).hasAttribute("href", "/youth/" + youth);
			assertAccessible(page, "missing-now");

			page.navigate(url("/missing?scope=COUNTY&lang=es"));
			assertThat(page.locator("h1")).hasText("Desaparecidos ahora");
			assertThat(page.locator("li.missing-row", new Page.LocatorOptions().setHasText(lastName)))
				.containsText("Fuera desde hace 26 horas");
			assertAccessible(page, "missing-now-es");
		}

		try (var phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740));
				Page page = phone.newPage()) {
			signIn(page, "socialworker", TandemTest.PASSWORD);
			page.navigate(url("/missing"));
			assertThat(page.locator("li.missing-row", new Page.LocatorOptions().setHasText(lastName))).isVisible();
			Object wider = page
				.evaluate("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
			org.assertj.core.api.Assertions.assertThat(wider)
				.as("the page scrolls sideways at 360 px")
				.isEqualTo(false);
			assertAccessible(page, "missing-now-phone");
		}
	}

}
