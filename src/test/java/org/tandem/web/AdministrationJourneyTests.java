package org.tandem.web;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A county administrator adds a person: mistakes are explained next to the fields and
 * what was typed stays (but never the password); then roles, a training record, and the
 * new person signs in.
 */
@TandemTest
class AdministrationJourneyTests extends BrowserTests {

	@Test
	void administratorAddsAPersonWhoThenSignsIn() {
		String username = "worker" + UUID.randomUUID().toString().substring(0, 6);
		String password = "a-long-enough-password";
		try (var context = browser.newContext(); Page page = context.newPage()) {
			signIn(page, "admin", TandemTest.PASSWORD);
			page.navigate(url("/admin/users/new"));
			page.getByLabel("Username").fill("Not Valid!");
			page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Dana Díaz");
			page.getByLabel("Password").fill("short");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

			assertThat(page.locator("main form.stack").first()).containsText("Use 2 to 64 lower-case letters");
			assertThat(page.locator("main form.stack").first()).containsText("at least 12 characters");
			assertThat(page.locator("main form.stack").first()).containsText("Choose the person's agency.");
			assertThat(page.locator("main form.stack").first()).containsText("Choose at least one role.");
			assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))).hasValue("Dana Díaz");
			assertThat(page.getByLabel("Password")).hasValue("");

			page.getByLabel("Username").fill(username);
			page.getByLabel("Password").fill(password);
			page.getByLabel("Agency")
				.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Probation Department"));
			page.getByLabel("Probation officer").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("Saved.");

			page.getByLabel("Course").fill("CSE identification and screening");
			page.getByLabel("Completed on").fill("2026-01-15");
			page.getByLabel("Expires on").fill("2025-01-15");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record a training")).click();
			assertThat(page.locator("#training")).containsText("The expiry date cannot be before the completion date.");
			assertThat(page.getByLabel("Course")).hasValue("CSE identification and screening");
			page.getByLabel("Expires on").fill("2028-01-15");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record a training")).click();
			assertThat(page.locator("#training table")).containsText("CSE identification and screening");
			assertThat(page.locator("#training table")).containsText("Current");
		}
		try (var context = browser.newContext(); Page page = context.newPage()) {
			signIn(page, username, password);
			assertThat(page.locator("header")).containsText("Probation Department");
			// Not an administrator: the admin pages are refused.
			var response = page.navigate(url("/admin/users"));
			org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(403);
		}
	}

}
