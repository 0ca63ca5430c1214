package org.tandem.web;

import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.tandem.ApiClient;
import org.tandem.TandemTest;
import org.tandem.TestData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The hotline at night: a refused report comes back with what was typed; the youth is found by
 * name; an immediate crisis starts from the report; the responder records engagement and basic
 * needs on their own page.
 */
@TandemTest
class HotlineJourneyTests extends BrowserTests {

	@Test
	void theHotlineFindsTheYouthReportsACrisisAndTheResponderRecordsEngagement() {
		UUID youthId = new ApiClient(port).as("hotline")
			.post("/api/v1/youth", TestData.youth("Itzel", "Quintanilla", LocalDate.of(2011, 2, 3)))
			.id();
		try (var context = browser.newContext(); Page page = context.newPage()) {
			signIn(page, "hotline", TandemTest.PASSWORD);
			page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Hotline")).click();
			page.getByLabel("Where the youth is now").fill("Greyhound station");
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Record the report and start the response")).click();
			assertThat(page.locator("#concerns-error")).isVisible();
			assertThat(page.locator("#youthId-error")).isVisible();
			assertThat(page.getByLabel("Where the youth is now")).hasValue("Greyhound station");
			assertAccessible(page, "hotline-refused");

			page.getByLabel("Find the youth: name, alias or date of birth").fill("Quintanilla");
			page.getByLabel("Quintanilla, Itzel · 2011-02-03").check();
			page.getByLabel("What was reported").fill("Called by a bus driver: a girl of about 14 with an adult man who answers for her.");
			page.getByLabel("Immediate crisis", new Page.GetByLabelOptions().setExact(false)).first().check();
			page.getByLabel("Jurisdiction").selectOption("CHILD_WELFARE");
			page.getByText("Record the report and start the response").click();

			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/youth/" + youthId + ".*"));
			assertThat(page.locator("#responses")).containsText("Immediate crisis, identified");
			page.getByText("Engagement and the first 72 hours").click();
			assertThat(page.locator("main")).containsText("Greyhound station");
			assertAccessible(page, "engagement");
			page.getByLabel("Where", new Page.GetByLabelOptions().setExact(true)).fill("Greyhound station, bench by gate 4");
			page.getByLabel("Food").check();
			page.getByLabel("Shelter").check();
			page.getByLabel("Engaged the youth at").fill(java.time.LocalDateTime.now(java.time.ZoneId.of("America/Los_Angeles"))
				.withSecond(0).withNano(0).toString());
			page.getByText("Save", new Page.GetByTextOptions().setExact(true)).click();
			assertThat(page.locator(".notice.ok")).isVisible();
			assertThat(page.getByLabel("Food")).isChecked();
			assertThat(page.locator("main")).containsText("Met");
		}
	}
}
