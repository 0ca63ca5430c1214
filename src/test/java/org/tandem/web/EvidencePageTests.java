package org.tandem.web;

import java.io.IOException;
import java.sql.SQLException;

import com.microsoft.playwright.Page;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.TandemTest;
import org.tandem.evidence.ValidationHistory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An analyst validates the county's screening instrument on {@code /evidence}: chooses
 * the version and the period, sees the ROC curve drawn beside the table of its points,
 * the cut-off table with the current thresholds marked, alpha and the agreement between
 * screeners, in English and Spanish; a bad value is named on its field and what was typed
 * stays.
 */
@TandemTest
class EvidencePageTests extends BrowserTests {

	private static final String INSTRUMENT = "evidence-page";

	@Autowired
	EmbeddedPostgres postgres;

	@Test
	void anAnalystValidatesTheInstrumentInEnglishAndSpanish() throws IOException, SQLException {
		ValidationHistory.seed(port, postgres, INSTRUMENT);
		try (var context = browser.newContext(); Page page = context.newPage()) {
			page.navigate(url("/login"));
			page.getByLabel("Username").fill("analyst");
			page.getByLabel("Password").fill(TandemTest.PASSWORD);
			page.getByLabel("Password").press("Enter");
			page.locator("header a[href='/evidence']").click();

			assertThat(page.locator("h1")).hasText("Validation of screening instruments");
			assertAccessible(page, "evidence-empty");
			page.getByLabel("Instrument and version").selectOption(INSTRUMENT + ":1");
			page.getByLabel("Screened from").fill(java.time.LocalDate.now().minusYears(2).toString());
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Show the validation"))
				.click();

			assertThat(page.locator("#auc")).containsText("(");
			assertThat(page.locator("#roc-table tbody tr")).not().hasCount(0);
			assertThat(page.locator("#roc-chart")).isVisible();
			assertThat(page.locator("#cutoffs")).containsText("CLEAR_CONCERN (current threshold)");
			assertThat(page.locator("#alpha")).containsText("All items");
			assertThat(page.locator("#agreement")).containsText("Pairs of screenings");
			assertAccessible(page, "evidence-validation");

			page.getByLabel("Days after a screening in which a determination counts (1 to 3650; 180 if blank)")
				.fill("0");
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Show the validation"))
				.click();
			assertThat(page.locator("#problem")).containsText("windowDays");
			assertThat(page.locator("#windowDays")).hasValue("0");
			assertThat(page.locator("#windowDays")).hasAttribute("aria-invalid", "true");
			assertThat(page.locator("#instrument")).hasValue(INSTRUMENT + ":1");

			page.navigate(page.url().replace("windowDays=0", "windowDays=180") + "&lang=es");
			assertThat(page.locator("h1")).hasText("Validación de los instrumentos de evaluación");
			assertThat(page.locator("#cutoffs")).containsText("(umbral actual)");
			assertAccessible(page, "evidence-validation-es");
		}
	}

	@Test
	void lineStaffMayNotOpenIt() {
		try (var context = browser.newContext(); Page page = context.newPage()) {
			signIn(page, "socialworker", TandemTest.PASSWORD);
			assertThat(page.locator("header a[href='/evidence']")).hasCount(0);
			com.microsoft.playwright.Response answer = page.navigate(url("/evidence"));
			org.assertj.core.api.Assertions.assertThat(answer.status()).isEqualTo(403);
		}
	}

}
