package org.tandem.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.tandem.ApiClient;
import org.tandem.TandemTest;
import org.tandem.TestData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The resource directory's pages: a coordinator adds a provider (bad values come back on
 * their fields with everything typed kept), and a worker finds it by need and free
 * capacity, with the day the capacity was updated, in English and Spanish, by keyboard.
 */
@TandemTest
class DirectoryPageTests extends BrowserTests {

	@Test
	void aCoordinatorAddsAProviderAndAWorkerFindsIt() {
		String name = "Casa " + TestData.word();
		String language = "Lang" + TestData.word();
		try (var context = browser.newContext(); Page page = context.newPage()) {
			signIn(page, "resources", TandemTest.PASSWORD);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Directory")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a provider")).click();
			page.getByLabel("Type of provider *").selectOption("BOTH");
			page.getByLabel("Contact e-mail").fill("not an address");
			page.getByLabel("Youngest age served").fill("17");
			page.getByLabel("Oldest age served").fill("12");
			page.getByLabel("Programs offered").fill("Counselling: mental-health, crisis\nMentoring: support-networks");
			page.getByLabel("Beds or slots in total").fill("6");
			page.getByLabel("Free now").fill("8");
			page.getByLabel("Transgender").check();
			page.getByLabel("Languages (separated by commas)").fill("English, " + language);
			page.getByLabel("Affirming of sexual orientation and gender identity").selectOption("yes");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

			Locator alert = page.getByRole(AriaRole.ALERT);
			assertThat(alert).containsText("Give the provider's name.");
			assertThat(alert).containsText("The intake e-mail address is not valid");
			assertThat(alert).containsText("The oldest age served is below the youngest");
			assertThat(alert).containsText("Available beds or slots cannot be more than the total");
			assertThat(page.getByLabel("Contact e-mail")).hasValue("not an address");
			assertThat(page.getByLabel("Free now")).hasValue("8");
			assertThat(page.getByLabel("Programs offered"))
				.hasValue("Counselling: mental-health, crisis\nMentoring: support-networks");
			assertThat(page.getByLabel("Transgender")).isChecked();
			assertThat(page.getByLabel("Oldest age served")).hasAttribute("aria-invalid", "true");
			assertAccessible(page, "directory-form-errors");

			page.getByLabel("Name of the organization *").fill(name);
			page.getByLabel("Contact e-mail").fill("intake@example.org");
			page.getByLabel("Oldest age served").fill("18");
			page.getByLabel("Free now").fill("2");
			page.getByLabel("Free now").press("Enter");
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved: " + name);

			page.getByLabel("Spreadsheet to import (CSV or XLSX)")
				.setInputFiles(new FilePayload("providers.csv", "text/csv",
						("name,type,languages\nImported " + name + ",SERVICE," + language + "\n,SERVICE,English\n")
							.getBytes(StandardCharsets.UTF_8)));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import").setExact(true)).click();
			Locator report = page.getByRole(AriaRole.STATUS);
			assertThat(report).containsText("2 rows: 1 saved, 1 with a problem.");
			assertThat(report.locator("tbody td").first()).hasText("3");
			assertThat(report.locator("tbody")).containsText("T9601");
			assertThat(report.locator("tbody")).containsText("Give the provider's name.");
			assertAccessible(page, "directory-import-report");
		}

		try (var context = browser.newContext(); Page page = context.newPage()) {
			signIn(page, "socialworker", TandemTest.PASSWORD);
			page.navigate(url("/services/directory"));
			page.getByLabel("Need met by a program").selectOption("mental-health");
			page.getByLabel("Age of the youth").fill("17");
			page.getByLabel("Gender").selectOption("TRANSGENDER");
			page.getByLabel("Language", new Page.GetByLabelOptions().setExact(true)).fill(language);
			page.getByLabel("Only providers with a free bed or slot").check();
			page.getByLabel("Age of the youth").press("Enter");
			Locator entry = page.locator("article", new Page.LocatorOptions().setHasText(name));
			assertThat(entry).containsText("2 of 6 free");
			assertThat(entry).containsText("updated on 20");
			assertThat(entry).containsText("Affirming of sexual orientation and gender identity: Yes");
			assertThat(entry.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Change"))).hasCount(0);
			assertThat(page.getByLabel("Age of the youth")).hasValue("17");
			assertAccessible(page, "directory-search");

			page.getByLabel("Age of the youth").fill("old");
			page.getByLabel("Age of the youth").press("Enter");
			assertThat(page.locator("#age-error")).containsText("whole number");
			assertThat(page.getByLabel("Age of the youth")).hasValue("old");

			page.navigate(url("/services/directory?lang=es&need=mental-health&language=" + language));
			assertThat(page.locator("h1")).hasText("Directorio de recursos");
			assertThat(page.locator("article", new Page.LocatorOptions().setHasText(name))).containsText("de 6 libres");
			assertAccessible(page, "directory-search-es");
		}
	}

	@Test
	void aSafeHousesAddressIsWithheldFromThoseWhoMayNotSeeLocations() {
		String name = "Refugio " + TestData.word();
		String language = "Lang" + TestData.word();
		new ApiClient(port).as("resources")
			.post("/api/v1/providers",
					Map.of("name", name, "type", "PLACEMENT", "location",
							Map.of("address", "9 Secret Street", "city", "Fresno", "confidential", true), "languages",
							List.of(language)));
		try (var context = browser.newContext(); Page page = context.newPage()) {
			page.navigate(url("/login"));
			page.getByLabel("Username").fill("analyst");
			page.getByLabel("Password").fill(TandemTest.PASSWORD);
			page.getByLabel("Password").press("Enter");
			page.navigate(url("/services/directory?language=" + language));
			Locator entry = page.locator("article", new Page.LocatorOptions().setHasText(name));
			assertThat(entry).containsText("Confidential address: withheld");
			assertThat(entry).not().containsText("9 Secret Street");
			assertAccessible(page, "directory-withheld");
		}
	}

}
