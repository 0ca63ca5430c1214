package org.tandem.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.tandem.ApiClient;
import org.tandem.TandemTest;
import org.tandem.TestData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The youth decides whether probation learns of a CSE determination: without consent
 * probation sees that the youth exists but not the determination, with the explanation;
 * after the youth consents it does; after the consent is revoked, it does not — each at
 * once, through the record page.
 */
@TandemTest
class ConsentJourneyTests extends BrowserTests {

	private static final String NEEDS_CONSENT = "Requires the youth's consent to share with";

	@Test
	void probationSeesTheDeterminationOnlyWhileTheYouthConsents() {
		ApiClient worker = new ApiClient(port).as("socialworker");
		Map<String, Object> body = TestData.youth();
		body.put("agencyIds", List.of(worker.agencyId()));
		String firstName = (String) body.get("firstName");
		UUID youthId = worker.post("/api/v1/youth", body).id();
		var determined = worker.post("/api/v1/youth/" + youthId + "/determinations", Map.of("kind", "SUSPECTED",
				"determinedAt", LocalDate.now().minusDays(3).toString(), "source", "DISCLOSURE"));
		assertThat(determined.status()).as(determined.toString()).isEqualTo(201);

		ApiClient probation = new ApiClient(port).as("probation");
		String probationAgency = probation.agencyId();
		String probationName = probation.me().path("agency").path("name").asString();
		var joined = new ApiClient(port).as("supervisor")
			.post("/api/v1/youth/" + youthId + "/team", Map.of("agencyId", probationAgency));
		assertThat(joined.status()).as(joined.toString()).isEqualTo(200);

		try (var probationContext = browser.newContext();
				Page officer = probationContext.newPage();
				var workerContext = browser.newContext();
				Page social = workerContext.newPage()) {
			signIn(officer, "probation", TandemTest.PASSWORD);
			officer.navigate(url("/youth/" + youthId));
			assertThat(officer.locator("h1")).containsText(firstName);
			assertThat(officer.locator("#status")).containsText(NEEDS_CONSENT + " " + probationName);
			assertThat(officer.locator("#status")).not().containsText("Suspected");
			assertThat(officer.locator("#sharing li[data-category=CSE_STATUS]")).containsText(NEEDS_CONSENT);
			assertAccessible(officer, "consent-denied");

			// The youth agrees, with the social worker, to let probation know.
			signIn(social, "socialworker", TandemTest.PASSWORD);
			social.navigate(url("/youth/" + youthId));
			social.locator("#sharing summary", new Page.LocatorOptions().setHasText("Record the youth's choice"))
				.click();
			social
				.getByRole(AriaRole.CHECKBOX,
						new Page.GetByRoleOptions().setName("Exploitation determinations and incidents").setExact(true))
				.check();
			social.locator("#consent-recipient").selectOption(new SelectOption().setLabel(probationName));
			social.getByLabel("Witnessed by").fill("Survivor advocate");
			social.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the choice")).click();
			assertThat(social.locator("#sharing")).containsText("The youth's choice is recorded");
			assertThat(social.locator("#sharing table.consents")).containsText(probationName);
			assertThat(social.locator("#sharing table.consents")).containsText("In force");
			assertAccessible(social, "consent-recorded");

			officer.reload();
			assertThat(officer.locator("#status ul.determinations")).containsText("Suspected");
			assertThat(officer.locator("#status")).not().containsText(NEEDS_CONSENT);
			assertAccessible(officer, "consent-allowed");

			// The youth changes their mind: revoked, probation no longer sees it.
			social.reload();
			social.locator("#sharing table.consents summary").click();
			social.locator("#sharing table.consents").getByLabel("Reason").fill("The youth asked to stop sharing");
			social.locator("#sharing table.consents")
				.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Revoke"))
				.click();
			assertThat(social.locator("#sharing")).containsText("Revoked: it applies at once.");
			assertThat(social.locator("#sharing table.consents")).containsText("The youth asked to stop sharing");

			officer.reload();
			assertThat(officer.locator("#status")).containsText(NEEDS_CONSENT + " " + probationName);
			assertThat(officer.locator("#status")).not().containsText("Suspected");
		}
	}

	/**
	 * A refusal the rules do not let the youth make stop everything: the form warns with
	 * the legal basis before saving and keeps what was typed; confirmed, it is recorded
	 * with the basis. A consent to an agency off the team says what else is needed.
	 */
	@Test
	void theFormWarnsBeforeSavingARefusalTheLawOverridesAndSaysWhatAConsentDid() {
		ApiClient worker = new ApiClient(port).as("socialworker");
		UUID youthId = worker.post("/api/v1/youth", TestData.youthOf(worker.agencyId())).id();
		String childWelfare = worker.me().path("agency").path("name").asString();
		String probation = new ApiClient(port).as("probation").agencyId();

		try (var context = browser.newContext(); Page social = context.newPage()) {
			signIn(social, "socialworker", TandemTest.PASSWORD);
			social.navigate(url("/youth/" + youthId));
			social.locator("#sharing summary", new Page.LocatorOptions().setHasText("Record the youth's choice"))
				.click();
			social.getByLabel("Refuses").check();
			social
				.getByRole(AriaRole.CHECKBOX,
						new Page.GetByRoleOptions().setName("Location and placement").setExact(true))
				.check();
			social.locator("#consent-recipient").selectOption(new SelectOption().setLabel(childWelfare));
			social.getByLabel("Witnessed by").fill("Survivor advocate");
			social.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the choice")).click();

			assertThat(social.locator("#consent-legal-warning")).containsText("16501");
			assertThat(social.locator("#sharing table.consents")).hasCount(0);
			assertThat(social.getByLabel("Witnessed by")).hasValue("Survivor advocate");
			assertThat(social.getByLabel("Refuses")).isChecked();
			assertThat(social.getByRole(AriaRole.CHECKBOX,
					new Page.GetByRoleOptions().setName("Location and placement").setExact(true)))
				.isChecked();
			assertAccessible(social, "refusal-warned");

			social.getByLabel("I told the youth; record the refusal anyway").check();
			social.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the choice")).click();
			assertThat(social.locator("#sharing-outcome")).containsText("still sees");
			assertThat(social.locator("#sharing table.consents")).containsText("Shared anyway");

			social.locator("#sharing summary", new Page.LocatorOptions().setHasText("Record the youth's choice"))
				.click();
			social
				.getByRole(AriaRole.CHECKBOX,
						new Page.GetByRoleOptions().setName("Exploitation determinations and incidents").setExact(true))
				.check();
			social.locator("#consent-recipient").selectOption(new SelectOption().setValue(probation));
			social.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the choice")).click();
			assertThat(social.locator("#sharing-outcome")).containsText("is not on the youth's team");
			assertThat(social.locator("#sharing-outcome")).containsText("ask a supervisor");
			assertAccessible(social, "consent-off-team");
		}
	}

}
