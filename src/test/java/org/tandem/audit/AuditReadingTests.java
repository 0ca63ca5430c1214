package org.tandem.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Response;
import org.tandem.TandemTest;
import org.tandem.TestData;
import org.tandem.web.PageSession;
import tools.jackson.databind.JsonNode;

/**
 * The audit log as an auditor reads it: every entry of a youth reachable page by page, in
 * the API and on the administrator's page, and refused reads and the reads of what a
 * person may see of a youth recorded like any other read.
 */
@TandemTest
class AuditReadingTests {

	@LocalServerPort
	int port;

	@Test
	void theApiPagesThroughEveryEntryOfAYouth() {
		ApiClient worker = new ApiClient(port).as("socialworker");
		UUID youth = worker.post("/api/v1/youth", TestData.youth()).id();
		for (int i = 0; i < 11; i++) {
			assertThat(worker.get("/api/v1/youth/" + youth).status()).isEqualTo(200);
		}
		ApiClient admin = new ApiClient(port).as("admin");

		List<Long> seen = new ArrayList<>();
		Long before = null;
		for (int page = 0; page < 10; page++) {
			Response entries = admin
				.get("/api/v1/audit?limit=5&youthId=" + youth + (before == null ? "" : "&before=" + before));
			assertThat(entries.status()).as(entries.toString()).isEqualTo(200);
			if (entries.json().isEmpty()) {
				break;
			}
			for (JsonNode entry : entries.json()) {
				assertThat(entry.path("youthId").asString()).isEqualTo(youth.toString());
				seen.add(entry.path("seq").asLong());
			}
			before = seen.get(seen.size() - 1);
		}

		assertThat(seen).as("12 entries, each once, newest first").hasSize(12).doesNotHaveDuplicates();
		assertThat(seen).isSortedAccordingTo((a, b) -> Long.compare(b, a));
	}

	@Test
	void theLimitIsBoundedAndSaysSo() {
		ApiClient admin = new ApiClient(port).as("admin");

		for (String limit : List.of("0", "1001")) {
			Response refused = admin.get("/api/v1/audit?limit=" + limit);
			assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
			assertThat(refused.code()).isEqualTo("T1016");
			assertThat(refused.json().path("detail").asString()).contains("limit").contains("1,000");
		}
	}

	@Test
	void theAdministratorsPagePagesThroughAYouthsEntries() {
		ApiClient worker = new ApiClient(port).as("socialworker");
		UUID youth = worker.post("/api/v1/youth", TestData.youth()).id();
		for (int i = 0; i < 55; i++) {
			worker.get("/api/v1/youth/" + youth);
		}
		PageSession admin = PageSession.signedIn(port, "admin");

		String first = admin.get("/admin/audit?youthId=" + youth).body();

		String older = first.replaceAll("(?s).*href=\"(/admin/audit\\?[^\"]*before=[^\"]*)\".*", "$1")
			.replace("&amp;", "&");
		assertThat(older).as("a link to the older entries of the same youth")
			.startsWith("/admin/audit?")
			.contains("youthId=" + youth);
		String second = admin.get(older).body();
		assertThat(rows(first) + rows(second)).isEqualTo(56);
	}

	@Test
	void aRefusedReadIsAuditedWithWhoWhichCategoryAndWhy() {
		ApiClient worker = new ApiClient(port).as("socialworker");
		UUID youth = worker.post("/api/v1/youth", TestData.youthOf(worker.agencyId())).id();

		Response refused = new ApiClient(port).as("probation").get("/api/v1/youth/" + youth + "/determinations");

		assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
		JsonNode entry = entry(youth, "ACCESS_REFUSED");
		assertThat(entry.path("actorUsername").asString()).isEqualTo("probation");
		assertThat(entry.path("detail").asString()).isEqualTo("CSE_STATUS " + refused.code());
		assertThat(entry.path("purpose").asString()).isEqualTo("TREATMENT");
	}

	@Test
	void readingWhatOneMaySeeOfAYouthIsAudited() {
		ApiClient worker = new ApiClient(port).as("socialworker");
		UUID youth = worker.post("/api/v1/youth", TestData.youthOf(worker.agencyId())).id();

		assertThat(worker.get("/api/v1/youth/" + youth + "/access").status()).isEqualTo(200);

		assertThat(entry(youth, "ACCESS_VIEWED").path("actorUsername").asString()).isEqualTo("socialworker");
	}

	private JsonNode entry(UUID youth, String action) {
		JsonNode entries = new ApiClient(port).as("admin").get("/api/v1/audit?youthId=" + youth).json();
		for (JsonNode entry : entries) {
			if (entry.path("action").asString().equals(action)) {
				return entry;
			}
		}
		Set<String> actions = new HashSet<>();
		entries.forEach(e -> actions.add(e.path("action").asString()));
		throw new AssertionError("no " + action + " among " + actions);
	}

	private static int rows(String page) {
		return page.split("<tr>").length - 2;
	}

}
