package org.tandem.web;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.tandem.ApiClient;
import org.tandem.TandemTest;
import org.tandem.TestData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The placement form on the youth record takes the provider: a bad phone comes back with
 * its message and everything typed kept; then the placement shows its provider and the
 * confidential address marked as such, in English and Spanish.
 */
@TandemTest
class PlacementProviderPageTests extends BrowserTests {

	@Test
	void aWorkerRecordsAPlacementWithItsProvider() {
		ApiClient worker = new ApiClient(port).as("socialworker");
		UUID youthId = worker.post("/api/v1/youth", TestData.youthOf(worker.agencyId())).id();
		try (var context = browser.newContext(); Page page = context.newPage()) {
			signIn(page, "socialworker", TandemTest.PASSWORD);
			page.navigate(url("/youth/" + youthId));
			page.getByLabel("Type of placement *").selectOption(new SelectOption().setLabel("Safe house"));
			page.getByLabel("Start date *").fill("2025-03-01");
			page.getByLabel("Name of the provider").fill("Casa Segura");
			page.getByLabel("Address", new Page.GetByLabelOptions().setExact(true)).fill("12 Hidden Lane");
			page.getByLabel("Phone").fill("not a number");
			page.getByLabel("The address is confidential (for example a safe house)").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the placement")).click();

			Locator history = page.locator("#history");
			assertThat(history.getByRole(AriaRole.ALERT)).containsText("provider.phone");
			assertThat(page.getByLabel("Name of the provider")).hasValue("Casa Segura");
			assertThat(page.getByLabel("The address is confidential (for example a safe house)")).isChecked();
			page.getByLabel("Phone").fill("555-0199");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the placement")).click();

			assertThat(history).containsText("Placement recorded");
			Locator row = history.locator("tr", new Locator.LocatorOptions().setHasText("Casa Segura"));
			assertThat(row).containsText("12 Hidden Lane");
			assertThat(row).containsText("confidential address");
			assertThat(row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("555-0199"))).isVisible();
			assertAccessible(page, "placement-provider");

			page.navigate(url("/youth/" + youthId + "?lang=es"));
			assertThat(page.locator("#history")).containsText("dirección confidencial");
			assertThat(page.getByLabel("Nombre del proveedor")).isVisible();
			assertAccessible(page, "placement-provider-es");
		}
	}

}
