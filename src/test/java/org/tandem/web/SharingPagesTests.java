package org.tandem.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Response;
import org.tandem.TandemTest;
import org.tandem.TestData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A supervisor reviews emergency access on the reviews page; a worker prints the
 * accounting of disclosures for a youth, in English and Spanish; both pages are
 * accessible.
 */
@TandemTest
class SharingPagesTests extends BrowserTests {

	@Test
	void aSupervisorReviewsEmergencyAccessAndTheAccountingPrintsInBothLanguages() {
		ApiClient worker = new ApiClient(port).as("socialworker");
		Map<String, Object> body = TestData.youth();
		body.put("agencyIds", List.of(new ApiClient(port).as("clinician").agencyId()));
		UUID youth = worker.post("/api/v1/youth", body).id();
		Response glass = worker.post("/api/v1/youth/" + youth + "/break-glass",
				Map.of("reason", "Youth called the hotline in crisis tonight"));
		org.assertj.core.api.Assertions.assertThat(glass.status()).isEqualTo(201);

		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			signIn(page, "supervisor", TandemTest.PASSWORD);
			page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Reviews"))
				.click();
			assertThat(page.locator("h1")).hasText("Emergency access to review");
			assertThat(page.locator("main")).containsText("Youth called the hotline in crisis tonight");
			assertAccessible(page, "sharing-reviews");
			page.locator("form[action$='" + glass.id() + "']")
				.getByLabel("Justified", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true))
				.check();
			page.locator("form[action$='" + glass.id() + "']").getByLabel("Note").fill("Confirmed with the hotline");
			page.locator("form[action$='" + glass.id() + "'] button").click();
			assertThat(page.locator(".notice.ok")).hasText("Review saved.");
			assertThat(page.locator("main")).not().containsText("Youth called the hotline in crisis tonight");

			page.navigate(url("/youth/" + youth + "/disclosures"));
			assertThat(page.locator("h1")).hasText("Who has seen this youth's information");
			assertThat(page.locator("tbody")).containsText("Identity and contact");
			assertThat(page.locator("tbody")).containsText("emergency access");
			assertAccessible(page, "sharing-disclosures");
			page.navigate(url("/youth/" + youth + "/disclosures?lang=es"));
			assertThat(page.locator("h1")).hasText("Quién ha visto la información de este joven");
			assertThat(page.locator("tbody")).containsText("Identidad y contacto");
			assertAccessible(page, "sharing-disclosures-es");
		}
	}

}
