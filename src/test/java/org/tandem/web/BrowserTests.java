package org.tandem.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * End-to-end tests in headless Chromium: Debian's {@code /usr/bin/chromium} where it
 * exists (these machines cannot download browsers), otherwise the one Playwright fetches
 * itself.
 */
abstract class BrowserTests {

	private static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static Playwright playwright;
	static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void launch() {
		boolean system = Files.isExecutable(SYSTEM_CHROMIUM);
		playwright = Playwright.create(
				new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", system ? "1" : "0")));
		BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync"));
		if (system) {
			options.setExecutablePath(SYSTEM_CHROMIUM);
		}
		browser = playwright.chromium().launch(options);
	}

	@AfterAll
	static void close() {
		browser.close();
		playwright.close();
	}

	/**
	 * Takes a screenshot (target/screenshots) and fails on any WCAG 2.1 A or AA violation
	 * axe-core finds.
	 */
	static void assertAccessible(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
		AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze();
		List<String> violations = results.getViolations()
			.stream()
			.map((Rule rule) -> rule.getId() + ": " + rule.getHelp() + " "
					+ rule.getNodes().stream().map(n -> n.getHtml()).toList())
			.toList();
		org.assertj.core.api.Assertions.assertThat(violations).as("accessibility violations on " + name).isEmpty();
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	void signIn(Page page, String username, String password) {
		page.navigate(url("/login"));
		page.getByLabel("Username").fill(username);
		page.getByLabel("Password").fill(password);
		page.getByLabel("Password").press("Enter");
		assertThat(page.locator("h1")).hasText("Youth");
	}

}
