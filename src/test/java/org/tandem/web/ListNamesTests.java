package org.tandem.web;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.ApiClient;
import org.tandem.TandemTest;
import org.tandem.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lists a worker opens at 2 a.m. (clocks, tasks, meeting proposals, the record's
 * tasks, notifications) name the youth as the viewer may see them and say what is owed in
 * words, in English and Spanish; no two links read alike but lead to different places
 * (WCAG 2.4.4).
 */
@TandemTest
class ListNamesTests {

	@LocalServerPort
	int port;

	private String first, last;

	private UUID youth, other;

	@BeforeEach
	void twoYouthInCrisisOneMissing() {
		ApiClient worker = new ApiClient(port).as("socialworker");
		first = TestData.word();
		last = TestData.word();
		youth = worker.post("/api/v1/youth", TestData.youth(first, last, TestData.dateOfBirth())).id();
		other = worker.post("/api/v1/youth", TestData.youth()).id();
		for (UUID y : new UUID[] { youth, other }) {
			Map<String, Object> body = new HashMap<>();
			body.put("tier", "IMMEDIATE_CRISIS");
			body.put("identifiedAt", OffsetDateTime.now().minusMinutes(5).toString());
			body.put("jurisdiction", "CHILD_WELFARE");
			assertThat(worker.post("/api/v1/youth/" + y + "/responses", body).status()).isEqualTo(201);
		}
		assertThat(worker
			.post("/api/v1/youth/" + youth + "/episodes",
					Map.of("startedAt", OffsetDateTime.now().minusHours(2).toString()))
			.status()).isEqualTo(201);
	}

	@Test
	void listsNameTheYouthAndWhatIsOwedWithDistinctLinks() {
		PageSession worker = PageSession.signedIn(port, "socialworker");
		String name = first + " " + last;

		String clocks = page(worker, "/clocks?scope=county&lang=en");
		assertThat(clocks).contains(">" + name + "<").contains("Engage the youth in person (2 hours)");
		String tasks = page(worker, "/tasks");
		assertThat(tasks).contains(">" + name + "<").contains("Report the missing youth to NCMEC (within 24 hours)");
		String meetings = page(worker, "/meetings?scope=county");
		assertThat(meetings).contains(">" + name + "<");
		String record = page(worker, "/youth/" + youth + "/tasks");
		assertThat(record).contains("First safety plan with the youth (within 72 hours)");
		for (String html : new String[] { clocks, tasks, meetings, record }) {
			assertThat(html).doesNotContain("Open the record");
			assertDistinctLinks(html);
		}

		String inbox = page(worker, "/notifications");
		assertThat(inbox).contains("Task for " + name + ": Report the missing youth to NCMEC (within 24 hours).")
			.contains("An immediate crisis response has started for " + name + "; your agency leads it.");

		String tareas = page(worker, "/tasks?lang=es");
		assertThat(tareas).contains(">" + name + "<")
			.contains("Reportar al joven desaparecido al NCMEC (dentro de 24 horas)");
		assertDistinctLinks(tareas);
		assertThat(page(worker, "/clocks?scope=county")).contains(">" + name + "<")
			.contains("Contactar al joven en persona (2 horas)");
		assertThat(page(worker, "/notifications"))
			.contains("Tarea para " + name + ": Reportar al joven desaparecido al NCMEC (dentro de 24 horas).");
	}

	private static String page(PageSession session, String path) {
		PageSession.Answer answer = session.get(path);
		assertThat(answer.status()).as(path).isEqualTo(200);
		return answer.body();
	}

	/**
	 * Every link to a youth's record or to scheduling a meeting reads differently from
	 * the others that lead elsewhere (visible and hidden parts together).
	 */
	static void assertDistinctLinks(String html) {
		Map<String, String> hrefByText = new HashMap<>();
		Matcher link = Pattern.compile("<a\\b[^>]*href=\"([^\"]*)\"[^>]*>(.*?)</a>", Pattern.DOTALL).matcher(html);
		while (link.find()) {
			String text = link.group(2).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip();
			String href = link.group(1).replaceAll("[?&]lang=[a-z]+", "").replace("&amp;", "&");
			if (!href.startsWith("/youth/") && !href.startsWith("/meetings/new")) {
				continue;
			}
			String before = hrefByText.putIfAbsent(text, href);
			assertThat(before == null || before.equals(href))
				.as("the link text \"%s\" leads to %s and to %s", text, before, href)
				.isTrue();
		}
	}

}
