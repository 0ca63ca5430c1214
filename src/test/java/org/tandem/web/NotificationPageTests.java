package org.tandem.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.tandem.ApiClient;
import org.tandem.TandemTest;
import org.tandem.TestData;

/**
 * The bell and the notifications page in a real browser: a started response shows in the
 * lead agency member's inbox, is opened, marked read, all marked read; in English and
 * Spanish; axe-clean.
 */
@TandemTest
class NotificationPageTests extends BrowserTests {

	@Test
	void aMemberSeesOpensAndMarksNotificationsRead() {
		ApiClient hotline = new ApiClient(port).as("hotline");
		Map<String, Object> youth = TestData.youth();
		UUID youthId = hotline.post("/api/v1/youth", youth).id();
		Map<String, Object> body = new HashMap<>();
		body.put("tier", "IMMEDIATE_CRISIS");
		body.put("identifiedAt", OffsetDateTime.now().minusMinutes(5).toString());
		body.put("jurisdiction", "CHILD_WELFARE");
		org.assertj.core.api.Assertions
			.assertThat(hotline.post("/api/v1/youth/" + youthId + "/responses", body).status())
			.isEqualTo(201);

		try (var context = browser.newContext(); Page page = context.newPage()) {
			signIn(page, "supervisor", TandemTest.PASSWORD);
			Locator bell = page.locator("header.site a.bell");
			assertThat(bell).containsText("unread");
			bell.click();
			assertThat(page.locator("h1")).hasText("Notifications");
			Locator first = page
				.locator("main table tbody tr",
						new Page.LocatorOptions().setHasText("An immediate crisis response has started"))
				.first();
			// In Tandem the notice names the youth; the e-mail stays general
			// (ResponseNotificationTests).
			assertThat(first).containsText("An immediate crisis response has started for " + youth.get("firstName")
					+ " " + youth.get("lastName") + "; your agency leads it.");
			assertThat(first).containsText("Unread");
			assertAccessible(page, "notifications");

			first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Open")).click();
			page.waitForURL("**/youth/" + youthId);

			page.navigate(url("/notifications?lang=es"));
			assertThat(page.locator("h1")).hasText("Notificaciones");
			assertThat(page.locator("main table tbody tr").first())
				.containsText("Ha comenzado una respuesta inmediata");
			assertAccessible(page, "notifications-es");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Marcar todas como leídas")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("Todas las notificaciones se marcaron como leídas.");
			assertThat(page.locator("header.site a.bell")).hasText("Notificaciones");
			page.navigate(url("/notifications?unread=true&lang=en"));
			assertThat(page.locator("main")).containsText("No notifications.");
			assertAccessible(page, "notifications-none");
		}
	}

}
