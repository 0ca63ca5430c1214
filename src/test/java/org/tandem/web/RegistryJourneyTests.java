package org.tandem.web;

import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.tandem.ApiClient;
import org.tandem.TandemTest;
import org.tandem.TestData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A social worker's first minutes, in a real browser: sign in, register a youth, find
 * them, open the record; every page checked for accessibility (WCAG 2.1 A and AA rules of
 * axe-core).
 */
@TandemTest
class RegistryJourneyTests extends BrowserTests {

	@Test
	void signInRegisterSearchAndView() {
		String lastName = "Journey" + UUID.randomUUID().toString().substring(0, 6);
		try (var context = browser.newContext(); Page page = context.newPage()) {
			page.navigate(url("/youth"));
			assertThat(page).hasURL(url("/login"));
			assertAccessible(page, "login");

			page.getByLabel("Username").fill("socialworker");
			page.getByLabel("Password").fill(TandemTest.PASSWORD);
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Sign in"))
				.click();
			assertThat(page.locator("h1")).hasText("Youth");
			assertAccessible(page, "youth-list");

			page.getByText("Register a youth").click();
			assertThat(page.locator("h1")).hasText("Register a youth");
			page.locator("button[type=submit]", new Page.LocatorOptions().setHasText("Save")).click();
			// Nothing filled in: specific messages next to the fields, and the form
			// stays.
			assertThat(page.locator("#firstName-error")).hasText("Enter the youth's first name.");
			assertThat(page.locator("#dateOfBirth-error")).containsText("date of birth");
			assertAccessible(page, "youth-form-errors");

			page.getByLabel("First name *").fill("Rosa");
			page.getByLabel("Last name *").fill(lastName);
			page.getByLabel("Date of birth *").fill("2012-04-09");
			page.getByLabel("Also known as").fill("Rosie");
			page.getByLabel("Hispanic or Latino/a/e").check();
			page.getByLabel("Languages").fill("Spanish, English");
			page.locator("button[type=submit]", new Page.LocatorOptions().setHasText("Save")).click();
			assertThat(page.locator("h1")).hasText("Rosa " + lastName);
			assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).hasText("Saved.");
			assertThat(page.locator("dl.facts")).containsText("Rosie");
			assertAccessible(page, "youth-view");
			String recordUrl = page.url();

			page.navigate(url("/youth"));
			page.getByLabel("Search by name, alias or date of birth").fill(lastName.toLowerCase());
			page.getByLabel("Search by name, alias or date of birth").press("Enter");
			assertThat(page.locator("#results")).containsText(lastName + ", Rosa");
			page.getByText(lastName + ", Rosa").click();
			assertThat(page).hasURL(recordUrl);

			// Registering her again warns before a second record can be made.
			page.navigate(url("/youth/new"));
			page.getByLabel("First name *").fill("Rosa");
			page.getByLabel("Last name *").fill(lastName);
			page.getByLabel("Date of birth *").fill("2012-04-10");
			page.getByLabel("Date of birth *").press("Tab");
			// Shown while typing (htmx), before anything is saved...
			assertThat(page.locator("#duplicates")).containsText("may already be registered");
			page.locator("button[type=submit]", new Page.LocatorOptions().setHasText("Save")).click();
			// ...and again when saving without confirming.
			assertThat(page.locator("#duplicates")).containsText("may already be registered");
			assertThat(page.locator("h1")).hasText("Register a youth");
			assertThat(page.getByLabel("First name *")).hasValue("Rosa");
			assertAccessible(page, "youth-duplicate");

			// The same screens in Spanish.
			page.navigate(url("/youth?lang=es"));
			assertThat(page.locator("h1")).hasText("Jóvenes");
			assertThat(page.locator("html")).hasAttribute("lang", "es");
			assertAccessible(page, "youth-list-es");
		}
	}

	@Test
	void anotherCountyCannotOpenTheRecord() {
		UUID demoYouth = new ApiClient(port).as("socialworker").post("/api/v1/youth", TestData.youth()).id();
		try (var context = browser.newContext(); Page page = context.newPage()) {
			signIn(page, "socialworker2", TandemTest.PASSWORD);
			var response = page.navigate(url("/youth/" + demoYouth));
			assertThat(response.status()).isEqualTo(404);
			assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT))
				.hasText("No youth with this id exists in your county.");
			assertThat(page.content()).doesNotContain(demoYouth.toString().substring(0, 8) + "</a>");
			response = page.navigate(url("/youth/" + demoYouth + "/edit"));
			assertThat(response.status()).isEqualTo(404);
		}
	}

	@Test
	void administratorPagesAreAccessible() {
		try (var context = browser.newContext(); Page page = context.newPage()) {
			signIn(page, "admin", TandemTest.PASSWORD);
			for (String path : List.of("/admin/agencies", "/admin/users", "/admin/audit", "/admin/instruments",
					"/screenings/due", "/clocks?scope=county", "/tasks")) {
				page.navigate(url(path));
				assertThat(page.locator("h1")).isVisible();
				assertAccessible(page, path.substring(1).replace('/', '-'));
			}
			page.navigate(url("/admin/audit"));
			page.getByText("Verify the chain").click();
			assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).containsText("intact");
		}
	}

}
