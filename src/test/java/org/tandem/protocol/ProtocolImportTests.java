package org.tandem.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.TestPropertySource;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Response;
import org.tandem.TandemTest;
import org.tandem.TestData;
import tools.jackson.databind.JsonNode;

/**
 * A county imports its own protocol versions: new responses start under the newest,
 * running ones keep theirs (and their clocks); refusals name the version or the field;
 * other counties never see them. Runs on its own database, since every import changes the
 * county's current protocol.
 */
@TandemTest
@TestPropertySource(properties = "tandem.database.embedded.data-directory=target/pg-protocol-import-${random.uuid}")
class ProtocolImportTests {

	private static final String PROTOCOLS = "/api/v1/protocols";

	@LocalServerPort
	int port;

	private ApiClient as(String user) {
		return new ApiClient(port).as(user);
	}

	/** The shipped model as a new version, its initial MDT due within the given clock. */
	private static String model(int version, int conveneAmount, String conveneUnit) {
		String shipped;
		try {
			shipped = new ClassPathResource(ProtocolCatalogue.SHIPPED).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String convene = "        amount: 10\n        unit: DAYS\n        warnBeforeMinutes: 2880\n";
		assertThat(shipped).contains(convene).contains("\nversion: 1\n");
		return shipped.replace("\nversion: 1\n", "\nversion: " + version + "\n")
			.replace(convene, "        amount: " + conveneAmount + "\n        unit: " + conveneUnit
					+ "\n        warnBeforeMinutes: 240\n");
	}

	private Response importYaml(String user, String yaml) {
		return as(user).send("POST", PROTOCOLS, BodyPublishers.ofString(yaml, StandardCharsets.UTF_8),
				"application/yaml");
	}

	/** The newest version of the model protocol the county has; imports go above it. */
	private int newest() {
		int newest = 0;
		for (JsonNode version : as("socialworker").get(PROTOCOLS).json().path("versions")) {
			if (version.path("id").asString().equals("model-protocol")) {
				newest = Math.max(newest, version.path("version").asInt());
			}
		}
		return newest;
	}

	private int importNext(int conveneAmount, String conveneUnit) {
		int next = newest() + 1;
		Response imported = importYaml("admin", model(next, conveneAmount, conveneUnit));
		assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
		return next;
	}

	private Response startInitialMdt(String identifiedAt) {
		UUID youth = as("hotline").post("/api/v1/youth", TestData.youth()).id();
		Map<String, Object> body = new HashMap<>();
		body.put("tier", "INITIAL_MDT");
		body.put("identifiedAt", identifiedAt);
		body.put("jurisdiction", "CHILD_WELFARE");
		Response started = as("hotline").post("/api/v1/youth/" + youth + "/responses", body);
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		return started;
	}

	private static String conveneDue(Response response) {
		for (JsonNode clock : response.json().path("clocks")) {
			if (clock.path("name").asString().equals("convene")) {
				return clock.path("dueAt").asString();
			}
		}
		throw new AssertionError("no convene clock in " + response);
	}

	@Test
	void aNewVersionAppliesToNewResponsesWhileRunningOnesKeepTheirsAndTheirClocks() {
		Response before = startInitialMdt("2026-11-20T16:00:00-08:00");
		int runningVersion = before.json().path("protocolVersion").asInt();
		String runningDue = conveneDue(before);

		int next = importNext(5, "BUSINESS_DAYS");

		Response current = as("socialworker").get(PROTOCOLS + "/current");
		assertThat(current.status()).as(current.toString()).isEqualTo(200);
		assertThat(current.json().path("version").asInt()).isEqualTo(next);
		Response list = as("socialworker").get(PROTOCOLS);
		assertThat(list.json().path("current").path("version").asInt()).isEqualTo(next);
		assertThat(list.json().path("current").path("shipped").asBoolean()).isFalse();

		// Friday 16:00 + 5 business days: the next Friday, same wall-clock time.
		Response after = startInitialMdt("2026-11-20T16:00:00-08:00");
		assertThat(after.json().path("protocolId").asString()).isEqualTo("model-protocol");
		assertThat(after.json().path("protocolVersion").asInt()).isEqualTo(next);
		assertThat(OffsetDateTime.parse(conveneDue(after)))
			.isEqualTo(OffsetDateTime.parse("2026-11-27T16:00:00-08:00"));

		Response reread = as("hotline").get("/api/v1/responses/" + before.id());
		assertThat(reread.json().path("protocolVersion").asInt()).isEqualTo(runningVersion);
		assertThat(conveneDue(reread)).isEqualTo(runningDue);
		Response runningProtocol = as("socialworker").get(PROTOCOLS + "/model-protocol/" + runningVersion);
		assertThat(runningProtocol.status()).as(runningProtocol.toString()).isEqualTo(200);
		assertThat(runningProtocol.json().path("version").asInt()).isEqualTo(runningVersion);
	}

	@Test
	void theShippedModelRunsUntilTheFirstImportAndItsInitialMdtIsTenCalendarDays() {
		Response shipped = as("socialworker").get(PROTOCOLS + "/model-protocol/1");
		assertThat(shipped.status()).as(shipped.toString()).isEqualTo(200);
		JsonNode convene = shipped.json().path("tiers").get(1).path("clocks").get(0);
		assertThat(convene.path("amount").asInt()).isEqualTo(10);
		assertThat(convene.path("unit").asString()).isEqualTo("DAYS");
		Response schema = as("socialworker").get(PROTOCOLS + "/schema");
		assertThat(schema.status()).as(schema.toString()).isEqualTo(200);
		assertThat(schema.json().path("properties").has("leadAgencyByJurisdiction")).isTrue();
	}

	@Test
	void aBusinessDaySkipsTheWeekendAndKeepsTheWallClockAcrossTheEndOfDaylightSaving() {
		importNext(1, "BUSINESS_DAYS");

		// Friday 16:00 PDT; daylight saving ends on Sunday; Monday 16:00 is PST.
		Response started = startInitialMdt("2026-10-30T16:00:00-07:00");

		assertThat(conveneDue(started)).isEqualTo("2026-11-02T16:00:00-08:00");
	}

	@Test
	void anExistingVersionIsRefused() {
		int newest = importNext(10, "DAYS");

		Response again = importYaml("admin", model(newest, 3, "BUSINESS_DAYS"));

		assertThat(again.status()).as(again.toString()).isEqualTo(409);
		assertThat(again.code()).isEqualTo("T9101");
		Response shipped = importYaml("admin", model(1, 10, "DAYS"));
		assertThat(shipped.code()).as(shipped.toString()).isEqualTo("T9101");
	}

	@Test
	void aVersionBelowTheNewestIsRefusedNamingTheNewest() {
		int newest = importNext(10, "DAYS") + 5;
		assertThat(importYaml("admin", model(newest, 10, "DAYS")).status()).isEqualTo(201);

		Response lower = importYaml("admin", model(newest - 2, 10, "DAYS"));

		assertThat(lower.status()).as(lower.toString()).isEqualTo(409);
		assertThat(lower.code()).isEqualTo("T9102");
		assertThat(lower.json().path("detail").asString()).contains("version " + newest);
	}

	@Test
	void aLeadAgencyTypeTheCountyDoesNotHaveIsRefusedOnItsField() {
		String yaml = model(newest() + 1, 10, "DAYS").replace("  DUAL_STATUS: CHILD_WELFARE", "  DUAL_STATUS: OTHER");

		Response refused = importYaml("admin", yaml);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("T9103");
		JsonNode error = refused.json().path("errors").get(0);
		assertThat(error.path("field").asString()).isEqualTo("$.leadAgencyByJurisdiction.DUAL_STATUS");
		assertThat(error.path("message").asString()).contains("OTHER");
		assertThat(refused.json().path("errors")).hasSize(1);
	}

	@Test
	void anInvalidDefinitionListsEveryProblem() {
		String yaml = model(newest() + 1, 10, "DAYS").replace("  DEPENDENCY: CHILD_WELFARE\n", "")
			.replace("unit: HOURS", "unit: FORTNIGHTS");

		Response refused = importYaml("admin", yaml);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("T5001");
		assertThat(refused.json().path("errors").size()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void onlyACountyAdministratorImports() {
		for (String user : new String[] { "socialworker", "supervisor", "hotline" }) {
			Response refused = importYaml(user, model(newest() + 1, 10, "DAYS"));
			assertThat(refused.status()).as(user + " " + refused).isEqualTo(403);
			assertThat(refused.code()).isEqualTo("T1008");
		}
	}

	@Test
	void anotherCountyNeverSeesThisCountysVersions() {
		int imported = importNext(10, "DAYS");

		Response list = as("admin2").get(PROTOCOLS);
		assertThat(list.status()).as(list.toString()).isEqualTo(200);
		assertThat(list.json().path("versions")).hasSize(1);
		assertThat(list.json().path("current").path("shipped").asBoolean()).isTrue();
		assertThat(as("admin2").get(PROTOCOLS + "/current").json().path("version").asInt()).isEqualTo(1);
		Response hidden = as("admin2").get(PROTOCOLS + "/model-protocol/" + imported);
		assertThat(hidden.status()).as(hidden.toString()).isEqualTo(404);
		assertThat(hidden.code()).isEqualTo("T9104");
	}

	@Test
	void theAdminPageListsEveryProblemAndKeepsTheText() throws Exception {
		Browser browser = new Browser();
		browser.signIn("admin");
		String page = browser.get("/admin/protocols");
		assertThat(page).contains("Model interagency protocol")
			.contains("2 hours, around the clock")
			.contains("Before we start")
			.contains("Antes de empezar");

		String yaml = model(newest() + 1, 10, "DAYS").replace("  DUAL_STATUS: CHILD_WELFARE", "  DUAL_STATUS: OTHER")
			.replace("  NONE: CHILD_WELFARE\n", "");
		String refused = browser.postMultipart("/admin/protocols", "definition", yaml, csrf(page));

		assertThat(refused).contains("role=\"alert\"").contains("$.leadAgencyByJurisdiction.NONE");
		assertThat(refused).contains("<textarea")
			.contains("DUAL_STATUS: OTHER")
			.contains("Before we start, a few words");
		String refusedAgain = browser.postMultipart("/admin/protocols", "definition",
				model(newest() + 1, 10, "DAYS").replace("  DUAL_STATUS: CHILD_WELFARE", "  DUAL_STATUS: OTHER"),
				csrf(page));
		assertThat(refusedAgain).contains("$.leadAgencyByJurisdiction.DUAL_STATUS").contains("OTHER");
	}

	@Test
	void theClockBoardCountsPerStateAndShowsWhatIsLeftSoonestFirst() throws Exception {
		importNext(1, "BUSINESS_DAYS");
		Response overdue = startInitialMdt("2026-10-30T16:00:00-07:00");
		Browser browser = new Browser();
		browser.signIn("supervisor");

		String board = browser.get("/clocks?scope=county&state=overdue");

		assertThat(board).contains("Overdue: ").contains("Deadline near: ").contains("Running: ");
		assertThat(board).contains("Overdue by ").doesNotContain(" min left");
		assertThat(board).contains("/youth/" + overdue.json().path("youthId").asString());
		// the title from the version the response started under, not the shipped model's
		// "(10 days)"
		assertThat(board).contains("Convene the initial MDT").doesNotContain("Convene the initial MDT (10 days)");
		assertThat(board).contains("Child Welfare Services");
		Response api = as("supervisor").get("/api/v1/clocks?state=overdue");
		assertThat(api.status()).as(api.toString()).isEqualTo(200);
		assertThat(api.json().values()).allMatch(clock -> clock.path("state").asString().equals("RED"));
		Response badState = as("supervisor").get("/api/v1/clocks?state=purple");
		assertThat(badState.status()).isEqualTo(400);
	}

	private static String csrf(String html) {
		Matcher meta = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(html);
		if (meta.find()) {
			return meta.group(1);
		}
		Matcher input = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
		assertThat(input.find()).as("a CSRF token in the page").isTrue();
		return input.group(1);
	}

	/** Pages over plain HTTP with a signed-in session (form login, CSRF header). */
	private final class Browser {

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();

		void signIn(String user) throws Exception {
			String login = get("/login");
			String form = "username=" + user + "&password="
					+ URLEncoder.encode(TandemTest.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
					+ URLEncoder.encode(csrf(login), StandardCharsets.UTF_8);
			HttpResponse<String> response = http
				.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
					.POST(BodyPublishers.ofString(form))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		}

		String get(String path) throws Exception {
			HttpResponse<String> response = http.send(request(path).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			return response.body();
		}

		String postMultipart(String path, String field, String value, String csrf) throws Exception {
			String boundary = "----tandem" + UUID.randomUUID();
			String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"\r\n\r\n" + value
					+ "\r\n--" + boundary + "--\r\n";
			HttpResponse<String> response = http.send(request(path).header("X-CSRF-TOKEN", csrf)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			return response.body();
		}

		private HttpRequest.Builder request(String path) {
			return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html");
		}

	}

}
