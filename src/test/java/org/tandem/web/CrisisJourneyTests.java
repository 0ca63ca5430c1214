package org.tandem.web;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.tandem.ApiClient;
import org.tandem.TandemTest;
import org.tandem.TestData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The start of the crisis path in a real browser: the hotline starts an immediate crisis response,
 * its 2-hour and 72-hour clocks appear with the lead agency, and the responder records engagement.
 */
@TandemTest
class CrisisJourneyTests extends BrowserTests {

	@Test
	void theHotlineStartsAnImmediateCrisisAndTheResponderEngages() {
		UUID youthId = new ApiClient(port).as("hotline").post("/api/v1/youth", TestData.youth()).id();
		try (var context = browser.newContext(); Page page = context.newPage()) {
			signIn(page, "hotline", TandemTest.PASSWORD);
			page.navigate(url("/youth/" + youthId));
			page.getByText("Start a response").first().click();
			page.getByLabel("Immediate crisis: imminent danger; engage the youth within 2 hours").check();
			page.getByLabel("Jurisdiction").selectOption("CHILD_WELFARE");
			page.locator("#responses form button[type=submit]").last().click();

			assertThat(page.locator("#responses")).containsText("Immediate crisis, identified");
			assertThat(page.locator("#responses")).containsText("Engage the youth in person (2 hours)");
			assertThat(page.locator("#responses")).containsText("Stabilize: evaluations, placement, basic needs (72 hours)");
			assertThat(page.locator("#responses")).containsText("Child Welfare Services");
			assertAccessible(page, "youth-crisis");

			page.locator("#responses summary", new Page.LocatorOptions().setHasText("Record as met")).first().click();
			page.locator("#responses form", new Page.LocatorOptions().setHasText("If it is late: why"))
				.first()
				.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Record as met"))
				.click();
			assertThat(page.locator("#responses tbody tr").first()).containsText("Met");

			page.navigate(url("/clocks?scope=county"));
			assertThat(page.locator("main")).containsText("Stabilize: evaluations, placement, basic needs (72 hours)");
		}
	}
}
