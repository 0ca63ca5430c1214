package org.tandem.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Response;
import org.tandem.TandemTest;
import org.tandem.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summary at the top of a youth's record: missing now, the open crisis and its
 * clocks, the determinations in force, the next screening and MDT, the safety plan's
 * version, each only when the decision point allows its category ("not shown to you"
 * otherwise, never a false "none"); the record's section navigation; labels, never codes,
 * in the timeline; English and Spanish.
 */
@TandemTest
class RecordSummaryTests {

	private static final ZoneId COUNTY = ZoneId.of("America/Los_Angeles");

	@LocalServerPort
	int port;

	@Test
	void theTeamSeesWhatMattersFirstAndOthersAreToldWhatIsNotShown() {
		ApiClient worker = new ApiClient(port).as("socialworker");
		UUID youth = worker.post("/api/v1/youth", TestData.youthOf(worker.agencyId())).id();
		String y = "/api/v1/youth/" + youth;
		Map<String, Object> crisis = new HashMap<>();
		crisis.put("tier", "IMMEDIATE_CRISIS");
		crisis.put("identifiedAt", OffsetDateTime.now().minusMinutes(30).toString());
		crisis.put("jurisdiction", "CHILD_WELFARE");
		created(worker.post(y + "/responses", crisis));
		created(worker.post(y + "/episodes",
				Map.of("startedAt", OffsetDateTime.now().minusHours(5).minusMinutes(5).toString())));
		Map<String, Object> determination = new HashMap<>();
		determination.put("kind", "SUSPECTED");
		determination.put("determinedAt", LocalDate.now(COUNTY).toString());
		determination.put("source", "DISCLOSURE");
		created(worker.post(y + "/determinations", determination));
		Map<String, String> answers = new LinkedHashMap<>();
		for (String item : List.of("wh-1", "wh-2", "wh-3", "wh-4", "cr-1", "cr-2", "cr-3", "cr-4", "ex-1", "ex-2",
				"ex-3", "ex-4")) {
			answers.put(item, "NO");
		}
		Map<String, Object> screening = new LinkedHashMap<>();
		screening.put("instrumentId", "tandem-brief-screen");
		screening.put("instrumentVersion", 1);
		screening.put("answers", answers);
		screening.put("scriptConfirmed", true);
		created(worker.post(y + "/screenings", screening));
		Map<String, Object> plan = new HashMap<>();
		plan.put("risksToYouth", List.of("Contact from the adult at the station"));
		plan.put("youthWords", "I want to stay with my aunt.");
		plan.put("youthParticipated", true);
		created(worker.post(y + "/safety-plans", plan));

		PageSession social = PageSession.signedIn(port, "socialworker");
		String record = page(social, "/youth/" + youth + "?lang=en");
		assertThat(record).contains("href=\"#summary\"")
			.contains("href=\"#timeline\"")
			.contains("href=\"#history\"")
			.contains("hx-get=\"/youth/" + youth + "/summary\"");
		String summary = page(social, "/youth/" + youth + "/summary");
		assertThat(summary).contains("At a glance")
			.contains("Missing: 5 hours away")
			.contains("Immediate crisis, identified")
			.contains("Engage the youth in person (2 hours)")
			.contains("/responses/")
			.contains("Suspected exploitation since " + LocalDate.now(COUNTY))
			.contains("Six-month rescreen")
			.contains("Version 1 of")
			.doesNotContain("Not shown to you");
		String timeline = page(social, "/youth/" + youth + "/timeline");
		assertThat(timeline).contains("No concern").doesNotContain("NO_CONCERN").doesNotContain("tandem-brief-screen");

		String resumen = page(social, "/youth/" + youth + "/summary?lang=es");
		assertThat(resumen).contains("De un vistazo")
			.contains("Desaparecido: 5 horas fuera")
			.contains("Sospecha de explotación")
			.contains("Versión 1 del");
		assertThat(page(social, "/youth/" + youth + "/timeline")).contains("Sin preocupación")
			.doesNotContain("NO_CONCERN");

		// Probation is not on this youth's team: it may see who the youth is, not the
		// rest.
		String probation = page(PageSession.signedIn(port, "probation"), "/youth/" + youth + "/summary?lang=en");
		assertThat(probation).contains("At a glance")
			.contains("Not shown to you")
			.doesNotContain("None in force")
			.doesNotContain("No open crisis")
			.doesNotContain("No open runaway episode")
			.doesNotContain("No safety plan yet")
			.doesNotContain("Suspected exploitation");
	}

	private static void created(Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
	}

	private static String page(PageSession session, String path) {
		PageSession.Answer answer = session.get(path);
		assertThat(answer.status()).as(path).isEqualTo(200);
		return answer.body();
	}

}
