package org.tandem.web;

import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An analyst sees aggregates only: after sign-in they land on a page of their own that
 * says what they will see and may not, in English and Spanish, and no link of the header
 * leads to an error.
 */
@TandemTest
class AnalystStartPageTests extends BrowserTests {

	@Test
	void theAnalystLandsOnTheirOwnPageAndEveryHeaderLinkWorks() {
		try (var context = browser.newContext(); Page page = context.newPage()) {
			page.navigate(url("/login"));
			page.getByLabel("Username").fill("analyst");
			page.getByLabel("Password").fill(TandemTest.PASSWORD);
			page.getByLabel("Password").press("Enter");

			assertThat(page).hasURL(url("/analyst"));
			assertThat(page.locator("h1")).hasText("Reports for analysts");
			assertThat(page.locator("main")).containsText("count below 11 is suppressed");
			assertThat(page.locator("main")).containsText("What you may not see");
			assertAccessible(page, "analyst-start");

			List<String> links = page.locator("header a[href]")
				.all()
				.stream()
				.map(a -> a.getAttribute("href"))
				.toList();
			org.assertj.core.api.Assertions.assertThat(links)
				.contains("/analyst")
				.doesNotContain("/youth", "/clocks", "/tasks");
			for (String link : links) {
				if (link.startsWith("#") || link.startsWith("?")) {
					continue;
				}
				Response answer = page.navigate(url(link));
				org.assertj.core.api.Assertions.assertThat(answer.status()).as(link).isEqualTo(200);
				assertThat(page.locator("h1")).not().hasText("Something went wrong");
			}

			page.navigate(url("/analyst?lang=es"));
			assertThat(page.locator("h1")).hasText("Informes para analistas");
			assertThat(page.locator("main")).containsText("menor de 11 se suprime");
			assertAccessible(page, "analyst-start-es");
		}
	}

	@Test
	void everyoneElseStillLandsOnTheYouthSearch() {
		try (var context = browser.newContext(); Page page = context.newPage()) {
			signIn(page, "nurse", TandemTest.PASSWORD);
			assertThat(page.locator("header nav")).not().containsText("Reports");
		}
	}

}
