package org.tandem.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Launches headless Chromium for end-to-end tests: Debian's {@code /usr/bin/chromium} where it
 * exists (these machines cannot download browsers), otherwise the one Playwright fetches itself.
 */
final class Browsers {

	private static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");

	private Browsers() {
	}

	static Browser launch(Playwright playwright) {
		BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync"));
		if (Files.isExecutable(SYSTEM_CHROMIUM)) {
			options.setExecutablePath(SYSTEM_CHROMIUM);
		}
		return playwright.chromium().launch(options);
	}

	static Playwright create() {
		return Playwright.create(new Playwright.CreateOptions()
			.setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", Files.isExecutable(SYSTEM_CHROMIUM) ? "1" : "0")));
	}
}
