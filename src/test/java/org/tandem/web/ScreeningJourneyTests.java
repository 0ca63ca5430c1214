package org.tandem.web;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.tandem.ApiClient;
import org.tandem.TandemTest;
import org.tandem.TestData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Screening in a real browser: a social worker fills the full form, the page is reloaded
 * half way and nothing typed is lost, submission needs the script confirmed, and the
 * level of concern shows; a hotline worker gets the brief form by default.
 */
@TandemTest
class ScreeningJourneyTests extends BrowserTests {

	@Test
	void socialWorkerCompletesAFullScreeningThroughAReload() {
		UUID youthId = new ApiClient(port).as("socialworker")
			.post("/api/v1/youth", TestData.youthOf(new ApiClient(port).as("socialworker").agencyId()))
			.id();
		try (var context = browser.newContext(); Page page = context.newPage()) {
			signIn(page, "socialworker", TandemTest.PASSWORD);
			page.navigate(url("/youth/" + youthId));
			assertThat(page.getByLabel("Instrument")).hasValue("tandem-indicator-screen");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start a screening")).click();
			assertThat(page.locator("h1")).containsText("Screening of");

			// The page streams in; count the items only once all of the instrument's are
			// there.
			Locator items = page.locator("fieldset.item");
			int count = itemsOf("tandem-indicator-screen");
			assertThat(items).hasCount(count);
			int half = count / 2;
			for (int i = 0; i < half; i++) {
				answer(items.nth(i), i % 4 == 0 ? "Yes" : "No");
			}
			items.nth(0).getByLabel("the youth", new Locator.GetByLabelOptions().setExact(true)).check();
			items.nth(0).getByLabel("records", new Locator.GetByLabelOptions().setExact(true)).check();
			// Wait until the last change is kept, then reload as a worker might.
			assertThat(page.locator("#saved")).containsText(half + " answer(s)");
			assertAccessible(page, "screening-draft");

			page.reload();
			items = page.locator("fieldset.item");
			assertThat(items).hasCount(count);
			for (int i = 0; i < half; i++) {
				assertThat(items.nth(i)
					.getByLabel(i % 4 == 0 ? "Yes" : "No", new Locator.GetByLabelOptions().setExact(true))).isChecked();
			}
			assertThat(items.nth(0).getByLabel("records", new Locator.GetByLabelOptions().setExact(true))).isChecked();

			for (int i = half; i < count; i++) {
				answer(items.nth(i), i == count - 1 ? "Not enough information" : "No");
			}
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the screening")).click();
			assertThat(page.locator("#problem")).containsText("Confirm that the youth was told");
			page.getByLabel("I gave the youth this explanation before screening.").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the screening")).click();

			assertThat(page.locator("h1")).containsText("result");
			assertThat(page.locator("#level")).isVisible();
			assertThat(page.locator(".level")).containsText("Possible concern");
			assertThat(page.locator("main")).containsText("1 item(s) answered “not enough information”.");
			assertThat(page.locator("main")).containsText("Guide to action");
			assertAccessible(page, "screening-result");
		}
	}

	@Test
	void hotlineWorkerCompletesTheBriefScreen() {
		UUID youthId = new ApiClient(port).as("hotline")
			.post("/api/v1/youth", TestData.youthOf(new ApiClient(port).as("hotline").agencyId()))
			.id();
		try (var context = browser.newContext(); Page page = context.newPage()) {
			signIn(page, "hotline", TandemTest.PASSWORD);
			page.navigate(url("/youth/" + youthId));
			assertThat(page.getByLabel("Instrument")).hasValue("tandem-brief-screen");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start a screening")).click();
			Locator items = page.locator("fieldset.item");
			assertThat(items).hasCount(itemsOf("tandem-brief-screen"));
			for (int i = 0; i < items.count(); i++) {
				answer(items.nth(i), i < 8 ? "Yes" : "No");
			}
			page.getByLabel("I gave the youth this explanation before screening.").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the screening")).click();
			assertThat(page.locator(".level")).containsText("Clear concern");
			assertThat(page.locator("main")).containsText("Recommended follow-ups");

			page.navigate(url("/youth/" + youthId));
			assertThat(page.locator("#screenings table")).containsText("Clear concern");
		}
	}

	/** How many items the instrument's first version has, from the API. */
	private int itemsOf(String instrument) {
		int items = 0;
		for (var indicator : new ApiClient(port).as("socialworker")
			.get("/api/v1/instruments/" + instrument + "/versions/1")
			.json()
			.path("indicators")) {
			items += indicator.path("items").size();
		}
		return items;
	}

	private static void answer(Locator item, String label) {
		item.getByLabel(label, new Locator.GetByLabelOptions().setExact(true)).check();
	}

}
