package org.tandem.web;

import java.io.InputStream;
import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The analyst's way through the reports: from their start page to the dashboard, a period
 * chosen (and a wrong one explained on its field, what was typed kept), a breakdown, an
 * XLSX export, in English and Spanish, each page checked with axe.
 */
@TandemTest
class ReportJourneyTests extends BrowserTests {

	@Test
	void theAnalystFiltersAPeriodAndExportsTheReportAsXlsx() throws Exception {
		try (var context = browser
			.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setAcceptDownloads(true));
				Page page = context.newPage()) {
			page.navigate(url("/login"));
			page.getByLabel("Username").fill("analyst");
			page.getByLabel("Password").fill(TandemTest.PASSWORD);
			page.getByLabel("Password").press("Enter");
			assertThat(page).hasURL(url("/analyst"));

			page.getByText("Open the reports").click();
			assertThat(page.locator("h1")).hasText("Reports");
			assertThat(page.locator("section.report h2")).hasCount(3);
			assertThat(page.locator("section.report h2").first()).hasText("Youth identified · by agency");
			org.assertj.core.api.Assertions.assertThat(page.evaluate("typeof Chart")).isEqualTo("function");
			org.assertj.core.api.Assertions
				.assertThat(page.evaluate(
						"Array.from(document.querySelectorAll('canvas')).every(c => Chart.getChart(c) !== undefined)"))
				.isEqualTo(true);
			assertAccessible(page, "reports-dashboard");

			page.getByLabel("From").fill("2025-12-01");
			page.getByLabel("To").fill("2026-01-31");
			page.getByText("Show the period").click();
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*from=2025-12-01&to=2026-01-31.*"));
			Locator first = page.locator("section.report").first();
			assertThat(first).containsText("Determined from 2025-12-01 to 2026-01-31");

			Download xlsx = page.waitForDownload(() -> first.getByText("Export XLSX").click());
			org.assertj.core.api.Assertions.assertThat(xlsx.suggestedFilename())
				.isEqualTo("tandem-identification-by-agency-2025-12-01-to-2026-01-31.xlsx");
			try (InputStream in = Files.newInputStream(xlsx.path()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
				org.assertj.core.api.Assertions
					.assertThat(workbook.getSheet("identification").getRow(1).getCell(1).getStringCellValue())
					.isEqualTo("2025-12-01");
			}

			first.getByText("by race and ethnicity").click();
			assertThat(page.locator("h1")).hasText("Youth identified");
			assertThat(page.locator("main")).containsText("counts in each group they chose");
			assertAccessible(page, "reports-race");

			page.getByLabel("From").fill("2026-02-01");
			page.getByLabel("To").fill("2026-01-01");
			page.getByText("Show the period").click();
			assertThat(page.locator("#period-problem")).containsText("is before its start");
			assertThat(page.getByLabel("From")).hasValue("2026-02-01");
			assertThat(page.getByLabel("To")).hasAttribute("aria-invalid", "true");
			assertAccessible(page, "reports-bad-period");

			page.navigate(url("/reports?lang=es"));
			assertThat(page.locator("h1")).hasText("Informes");
			assertThat(page.locator("section.report h2").first()).hasText("Jóvenes identificados · por agencia");
			assertAccessible(page, "reports-dashboard-es");
			page.navigate(url("/reports?lang=en"));
		}
	}

	@Test
	void aCaseWorkerIsRefusedTheReports() {
		try (var context = browser.newContext(); Page page = context.newPage()) {
			signIn(page, "nurse", TandemTest.PASSWORD);
			com.microsoft.playwright.Response answer = page.navigate(url("/reports"));
			org.assertj.core.api.Assertions.assertThat(answer.status()).isEqualTo(403);
		}
	}

}
