package org.tandem.web;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.tandem.ApiClient;
import org.tandem.TandemTest;
import org.tandem.TestData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Responders work from a phone: at 360 by 740 pixels the record with its summary, the
 * engagement form, the clocks, the tasks and the hotline form never scroll sideways, and
 * pass axe, in English and Spanish.
 */
@TandemTest
class PhoneLayoutTests extends BrowserTests {

	private static Browser.NewContextOptions phone() {
		return new Browser.NewContextOptions().setViewportSize(360, 740);
	}

	@Test
	void theCrisisPagesFitA360PixelScreen() {
		ApiClient worker = new ApiClient(port).as("socialworker");
		UUID youth = worker.post("/api/v1/youth", TestData.youthOf(worker.agencyId())).id();
		Map<String, Object> crisis = new HashMap<>();
		crisis.put("tier", "IMMEDIATE_CRISIS");
		crisis.put("identifiedAt", OffsetDateTime.now().minusMinutes(20).toString());
		crisis.put("jurisdiction", "CHILD_WELFARE");
		org.assertj.core.api.Assertions
			.assertThat(worker.post("/api/v1/youth/" + youth + "/responses", crisis).status())
			.isEqualTo(201);
		org.assertj.core.api.Assertions
			.assertThat(
					worker
						.post("/api/v1/youth/" + youth + "/episodes",
								Map.of("startedAt", OffsetDateTime.now().minusHours(3).toString()))
						.status())
			.isEqualTo(201);

		try (BrowserContext context = browser.newContext(phone()); Page page = context.newPage()) {
			signIn(page, "socialworker", TandemTest.PASSWORD);
			page.navigate(url("/youth/" + youth));
			assertThat(page.locator("#summary")).containsText("Missing: 3 hours away");
			assertFits(page, "phone-record");
			page.locator("#summary")
				.getByRole(AriaRole.LINK,
						new com.microsoft.playwright.Locator.GetByRoleOptions()
							.setName("The first 72 hours: engagement form"))
				.click();
			assertThat(page.locator("h1")).containsText("Immediate crisis");
			assertFits(page, "phone-engagement");
			page.navigate(url("/clocks?scope=county"));
			assertFits(page, "phone-clocks");
			page.navigate(url("/tasks"));
			assertFits(page, "phone-tasks");

			page.navigate(url("/youth/" + youth + "?lang=es"));
			assertThat(page.locator("#summary")).containsText("De un vistazo");
			assertFits(page, "phone-record-es");
			page.navigate(url("/tasks"));
			assertFits(page, "phone-tasks-es");
			page.navigate(url("/clocks?scope=county"));
			assertFits(page, "phone-clocks-es");
		}

		try (BrowserContext context = browser.newContext(phone()); Page page = context.newPage()) {
			signIn(page, "hotline", TandemTest.PASSWORD);
			page.navigate(url("/hotline"));
			assertFits(page, "phone-hotline");
			page.navigate(url("/hotline?lang=es"));
			assertFits(page, "phone-hotline-es");
		}
	}

	/**
	 * Everything loaded (the record's sections come by htmx), no sideways scrolling, and
	 * axe-clean.
	 */
	private static void assertFits(Page page, String name) {
		page.waitForLoadState(LoadState.NETWORKIDLE);
		int scrollWidth = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
		int viewport = ((Number) page.evaluate("() => window.innerWidth")).intValue();
		org.assertj.core.api.Assertions.assertThat(scrollWidth)
			.as("%s scrolls sideways at %d px", name, viewport)
			.isLessThanOrEqualTo(viewport);
		assertAccessible(page, name);
	}

}
