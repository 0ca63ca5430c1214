package org.tandem.response;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Response;
import org.tandem.TandemTest;
import org.tandem.TestData;
import org.tandem.platform.Tenancy;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The response module asks the decision point: an agency not on the youth's team is
 * refused the youth's response, engagement, hotline report, meetings, safety plan and its
 * PDF with the explanation, and does not see the youth's clocks and tasks in lists;
 * invited to a meeting, it joins the team and may; taken off the team, it may not again.
 * A purpose the category prohibits (court) is refused even to the team. Clock alarms
 * reach only people who may see the youth.
 */
@TandemTest
class ResponseSharingTests {

	@LocalServerPort
	int port;

	@Autowired
	ClockAlarms alarms;

	@Autowired
	Tenancy tenancy;

	@Autowired
	JdbcClient jdbc;

	ApiClient hotline, worker, supervisor, nurse;

	UUID county;

	@BeforeEach
	void clients() {
		hotline = new ApiClient(port).as("hotline");
		worker = new ApiClient(port).as("socialworker");
		supervisor = new ApiClient(port).as("supervisor");
		nurse = new ApiClient(port).as("nurse");
		county = UUID.fromString(worker.me().path("county").path("id").asString());
	}

	/**
	 * A youth, reported to the hotline as an immediate crisis for child welfare; the
	 * recorded report.
	 */
	private JsonNode crisis(OffsetDateTime receivedAt) {
		UUID youth = hotline.post("/api/v1/youth", TestData.youth()).id();
		Map<String, Object> body = new HashMap<>();
		body.put("youthId", youth);
		body.put("receivedAt", receivedAt.toString());
		body.put("reporterKind", "MANDATED_REPORTER");
		body.put("concerns", "Seen with an older adult who holds her phone.");
		body.put("speed", "IMMEDIATE_CRISIS");
		body.put("jurisdiction", "CHILD_WELFARE");
		Response recorded = hotline.post("/api/v1/hotline-reports", body);
		assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
		return recorded.json();
	}

	private static Map<String, Object> plan() {
		Map<String, Object> plan = new HashMap<>();
		plan.put("traumaTriggers", List.of("Loud arguments"));
		plan.put("youthWords", "I want to finish school.");
		plan.put("youthParticipated", true);
		return plan;
	}

	private static void refused(Response response, String code) {
		assertThat(response.status()).as(response.toString()).isEqualTo(403);
		assertThat(response.code()).isEqualTo(code);
		assertThat(response.json().path("detail").asString()).as("the explanation").isNotBlank();
	}

	private static boolean listsYouth(Response list, String youth) {
		assertThat(list.status()).as(list.toString()).isEqualTo(200);
		return list.json().values().stream().anyMatch(row -> row.path("youthId").asString().equals(youth));
	}

	@Test
	void anAgencyOffTheTeamIsRefusedUntilInvitedAndAgainAfterLeaving() throws Exception {
		JsonNode recorded = crisis(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(30).truncatedTo(ChronoUnit.SECONDS));
		String youth = recorded.path("report").path("youthId").asString();
		String report = recorded.path("report").path("id").asString();
		String response = recorded.path("response").path("id").asString();
		Response saved = worker.post("/api/v1/youth/" + youth + "/safety-plans", plan());
		assertThat(saved.status()).as("the lead agency is on the team: " + saved).isEqualTo(201);

		// Public health is not on this youth's team.
		refused(nurse.get("/api/v1/responses/" + response), "T4103");
		refused(nurse.get("/api/v1/responses/" + response + "/engagement"), "T4103");
		refused(nurse.get("/api/v1/hotline-reports/" + report), "T4103");
		refused(nurse.get("/api/v1/youth/" + youth + "/safety-plans"), "T4103");
		refused(nurse.get("/api/v1/youth/" + youth + "/safety-plans/1"), "T4103");
		refused(nurse.get("/api/v1/youth/" + youth + "/safety-plans/1/pdf"), "T4103");
		refused(nurse.get("/api/v1/youth/" + youth + "/tasks"), "T4103");
		refused(nurse.get("/api/v1/youth/" + youth + "/meetings"), "T4103");
		refused(nurse.post("/api/v1/youth/" + youth + "/safety-plans", plan()), "T4103");
		assertThat(listsYouth(nurse.get("/api/v1/clocks"), youth)).isFalse();
		assertThat(listsYouth(nurse.get("/api/v1/tasks?status=open&limit=1000"), youth)).isFalse();
		assertThat(listsYouth(worker.get("/api/v1/clocks"), youth)).as("the team sees them").isTrue();
		// The youth's record explains instead of showing the sections; emergency access
		// where the rules allow it.
		Pages pages = new Pages("nurse");
		assertThat(pages.get("/youth/" + youth + "/safety-plan")).contains("on the youth")
			.contains("Open in an emergency")
			.doesNotContain("finish school");
		assertThat(pages.get("/youth/" + youth + "/responses")).contains("on the youth")
			.as("the rules never open MDT information in an emergency")
			.doesNotContain("Open in an emergency");
		assertThat(listsYouth(worker.get("/api/v1/tasks?status=open&limit=1000"), youth)).isTrue();

		// An immediate crisis meeting invites public health: it joins the team.
		Map<String, Object> schedule = new HashMap<>();
		schedule.put("scheduledFor",
				OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).truncatedTo(ChronoUnit.SECONDS).toString());
		schedule.put("place", "Video call");
		Response meeting = worker.post("/api/v1/responses/" + response + "/meetings", schedule);
		assertThat(meeting.status()).as(meeting.toString()).isEqualTo(201);
		String meetingPath = "/api/v1/meetings/" + meeting.id();
		assertThat(nurse.get("/api/v1/responses/" + response).status()).isEqualTo(200);
		assertThat(nurse.get(meetingPath).status()).isEqualTo(200);
		assertThat(nurse.get("/api/v1/responses/" + response + "/engagement").status()).isEqualTo(200);
		assertThat(nurse.get("/api/v1/youth/" + youth + "/safety-plans/1").status()).isEqualTo(200);
		Response pdf = nurse.get("/api/v1/youth/" + youth + "/safety-plans/1/pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType()).startsWith("application/pdf");
		assertThat(listsYouth(nurse.get("/api/v1/clocks"), youth)).isTrue();
		assertThat(listsYouth(nurse.get("/api/v1/tasks?status=open&limit=1000"), youth)).isTrue();
		JsonNode team = supervisor.get("/api/v1/youth/" + youth + "/team").json();
		assertThat(team.values()
			.stream()
			.filter(m -> m.path("agencyId").asString().equals(nurse.agencyId()))
			.map(m -> m.path("source").asString())).containsExactly("MDT");
		// The safety plan saved above did the lead agency's safety-plan task, so that
		// task's membership
		// is past; the response holds the lead agency on the team.
		assertThat(team.values()
			.stream()
			.filter(m -> m.path("agencyId").asString().equals(worker.agencyId()))
			.filter(m -> m.path("leftAt").isNull() || m.path("leftAt").isMissingNode())
			.map(m -> m.path("source").asString())).containsExactly("RESPONSE");

		// Taken off the team: refused again, at once.
		Response left = supervisor.post("/api/v1/youth/" + youth + "/team/" + nurse.agencyId() + "/leave",
				Map.of("reason", "Public health's part is done."));
		assertThat(left.status()).as(left.toString()).isEqualTo(200);
		refused(nurse.get("/api/v1/responses/" + response), "T4103");
		refused(nurse.get(meetingPath), "T4103");
		refused(nurse.get("/api/v1/responses/" + response + "/engagement"), "T4103");
		refused(nurse.get("/api/v1/youth/" + youth + "/safety-plans/1"), "T4103");
		refused(nurse.get("/api/v1/youth/" + youth + "/safety-plans/1/pdf"), "T4103");
		assertThat(listsYouth(nurse.get("/api/v1/clocks"), youth)).isFalse();
		assertThat(listsYouth(nurse.get("/api/v1/tasks?status=open&limit=1000"), youth)).isFalse();
		Response upcoming = nurse.get("/api/v1/meetings");
		assertThat(upcoming.json().values().stream().map(m -> m.path("id").asString()))
			.doesNotContain(meeting.id().toString());
	}

	@Test
	void aCourtPurposeIsRefusedOnMinutesAndSafetyPlanEvenToTheTeam() {
		JsonNode recorded = crisis(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(30).truncatedTo(ChronoUnit.SECONDS));
		String youth = recorded.path("report").path("youthId").asString();
		String response = recorded.path("response").path("id").asString();
		assertThat(worker.post("/api/v1/youth/" + youth + "/safety-plans", plan()).status()).isEqualTo(201);
		Map<String, Object> schedule = new HashMap<>();
		schedule.put("scheduledFor",
				OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).truncatedTo(ChronoUnit.SECONDS).toString());
		Response meeting = worker.post("/api/v1/responses/" + response + "/meetings", schedule);
		assertThat(meeting.status()).as(meeting.toString()).isEqualTo(201);

		ApiClient court = worker.header("Tandem-Purpose", "COURT");
		refused(court.get("/api/v1/meetings/" + meeting.id()), "T4104");
		refused(court.get("/api/v1/responses/" + response), "T4104");
		refused(court.get("/api/v1/youth/" + youth + "/safety-plans/1"), "T4104");
		refused(court.get("/api/v1/youth/" + youth + "/safety-plans/1/pdf"), "T4104");
		refused(court.post("/api/v1/youth/" + youth + "/safety-plans", plan()), "T4104");
		assertThat(worker.get("/api/v1/meetings/" + meeting.id()).status()).as("for treatment").isEqualTo(200);
	}

	@Test
	void aClockAlarmReachesTheTeamAndNotAnAgencyThatLeftIt() {
		OffsetDateTime threeHoursAgo = OffsetDateTime.now(ZoneOffset.UTC).minusHours(3).truncatedTo(ChronoUnit.SECONDS);
		JsonNode left = crisis(threeHoursAgo);
		JsonNode stayed = crisis(threeHoursAgo);
		String leftYouth = left.path("report").path("youthId").asString();
		// Child welfare (the lead, owning the clocks) leaves the first youth's team.
		Response leaving = supervisor.post("/api/v1/youth/" + leftYouth + "/team/" + worker.agencyId() + "/leave",
				Map.of("reason", "Transferred to another county's child welfare."));
		assertThat(leaving.status()).as(leaving.toString()).isEqualTo(200);

		alarms.raise(java.time.Instant.now());

		UUID me = UUID.fromString(worker.userId());
		assertThat(alarmsFor(me, left.path("response").path("id").asString())).as("off the team").isZero();
		assertThat(alarmsFor(me, stayed.path("response").path("id").asString())).as("on the team").isEqualTo(1);
	}

	/** Pages over plain HTTP with a signed-in session (form login). */
	private final class Pages {

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();

		Pages(String user) throws Exception {
			Matcher csrf = Pattern.compile("name=\"_csrf\" (?:content|value)=\"([^\"]+)\"").matcher(get("/login"));
			assertThat(csrf.find()).as("a CSRF token on the sign-in page").isTrue();
			String form = "username=" + user + "&password="
					+ URLEncoder.encode(TandemTest.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
					+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
			HttpResponse<String> signedIn = http
				.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
					.POST(BodyPublishers.ofString(form))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(signedIn.statusCode()).isEqualTo(200);
		}

		String get(String path) throws Exception {
			HttpResponse<String> page = http.send(request(path).GET().build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			return page.body();
		}

		private HttpRequest.Builder request(String path) {
			return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html");
		}

	}

	private long alarmsFor(UUID user, String response) {
		return tenancy.inCounty(county,
				() -> jdbc.sql("""
						select count(*) from notification where recipient_user_id = ? and dedupe_key = ?""")
					.params(user, "clock:" + response + ":engage:overdue")
					.query(Long.class)
					.single());
	}

}
