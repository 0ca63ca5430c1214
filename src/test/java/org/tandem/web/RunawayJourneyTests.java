package org.tandem.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.tandem.ApiClient;
import org.tandem.TandemTest;
import org.tandem.TestData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A youth goes missing and comes back, in a real browser: the 24-hour reports appear as
 * tasks, the return brings the 72-hour debrief and puts the youth on the screening
 * worklist.
 */
@TandemTest
class RunawayJourneyTests extends BrowserTests {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@Test
	void aRunawayEpisodeBringsItsTasksAndARescreen() {
		var body = TestData.youthOf(new ApiClient(port).as("socialworker").agencyId());
		String lastName = (String) body.get("lastName");
		UUID youthId = new ApiClient(port).as("socialworker").post("/api/v1/youth", body).id();
		LocalDateTime now = LocalDateTime.now(ZoneId.of("America/Los_Angeles")).truncatedTo(ChronoUnit.MINUTES);
		try (var context = browser.newContext(); Page page = context.newPage()) {
			signIn(page, "socialworker", TandemTest.PASSWORD);
			page.navigate(url("/youth/" + youthId));
			page.getByLabel("When did the youth go missing? *").fill(now.minusHours(5).format(LOCAL));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the episode")).click();

			assertThat(page.locator("#history")).containsText("Missing since");
			assertThat(page.locator("#tasks"))
				.containsText("Report the missing youth to law enforcement (within 24 hours)");
			assertThat(page.locator("#tasks")).containsText("Report the missing youth to NCMEC (within 24 hours)");
			assertAccessible(page, "youth-missing");

			page.getByLabel("When did the youth return? *").fill(now.minusHours(1).format(LOCAL));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End the episode")).click();
			assertThat(page.locator("#tasks")).containsText("Debrief with the youth after their return");
			assertThat(page.locator("#timeline")).containsText("Runaway episode");

			page.navigate(url("/screenings/due?scope=COUNTY"));
			assertThat(page.locator("main")).containsText(lastName);
			assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(lastName)))
				.containsText("Returned from running away");

			page.navigate(url("/tasks"));
			assertThat(page.locator("main")).containsText("Debrief with the youth after their return");
			assertAccessible(page, "tasks");
		}
	}

}
