package org.tandem.safetyplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Response;
import org.tandem.TandemTest;
import org.tandem.TestData;
import tools.jackson.databind.JsonNode;

/**
 * Safety plans are kept in versions: each readable as it was saved, a revision made
 * meanwhile never overwritten unseen, the youth's participation always recorded (and why
 * not), bad input refused on its field, another county's youth not found, and the PDF for
 * the caregiver readable back in English and Spanish whatever was typed.
 */
@TandemTest
class SafetyPlanApiTests {

	@LocalServerPort
	int port;

	private ApiClient worker;

	private UUID youthId;

	private String firstName;

	@BeforeEach
	void youth() {
		worker = new ApiClient(port).as("socialworker");
		firstName = TestData.word();
		Map<String, Object> youth = TestData.youth(firstName, "Zzfamilyname" + TestData.word().toLowerCase(),
				TestData.dateOfBirth());
		// child welfare and behavioral health serve the youth (open cases): on the
		// youth's team, they may
		// read and write the plan
		youth.put("agencyIds", List.of(worker.agencyId(), new ApiClient(port).as("clinician").agencyId()));
		Response created = worker.post("/api/v1/youth", youth);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		youthId = created.id();
	}

	private String plans() {
		return "/api/v1/youth/" + youthId + "/safety-plans";
	}

	private static Map<String, Object> plan(String words) {
		Map<String, Object> plan = new HashMap<>();
		plan.put("risksToYouth", List.of("Contact from the person who exploited her", "Staying out overnight"));
		plan.put("risksToFamily", List.of("Threats by phone"));
		plan.put("risksToProviders", List.of());
		plan.put("traumaTriggers", List.of("Loud arguments", "Being touched without warning"));
		plan.put("copingSkills", List.of("Music with headphones", "Calling her aunt"));
		plan.put("preventionSteps", List.of("Knock before entering"));
		plan.put("ifYouthRuns", List.of(Map.of("who", "Caregiver", "does", "Calls the social worker and 911"),
				Map.of("who", "Advocate", "does", "Texts the youth: we want you safe, not in trouble")));
		plan.put("safeTransportation", "Agency car or the caregiver; never rides from strangers");
		plan.put("youthWords", words);
		plan.put("youthParticipated", true);
		return plan;
	}

	@Test
	void versionsAreKeptAndEachIsReadableAsSaved() {
		Response first = worker.post(plans(), plan("I want to finish school."));
		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		assertThat(first.json().path("version").asInt()).isEqualTo(1);
		assertThat(first.header("Location")).hasValue(plans() + "/1");

		Map<String, Object> revised = plan("I want to live with my aunt.");
		revised.put("basedOnVersion", 1);
		revised.put("traumaTriggers", List.of("Loud arguments", "  ", "Sirens"));
		UUID meeting = UUID.randomUUID();
		revised.put("meetingId", meeting.toString());
		Response second = worker.post(plans(), revised);
		assertThat(second.status()).as(second.toString()).isEqualTo(201);
		assertThat(second.json().path("version").asInt()).isEqualTo(2);

		Response list = worker.get(plans());
		assertThat(list.status()).as(list.toString()).isEqualTo(200);
		assertThat(list.json().values()).extracting(v -> v.path("version").asInt()).containsExactly(2, 1);
		assertThat(list.json().get(0).path("createdByName").asString()).isNotBlank();
		assertThat(list.json().get(0).path("meetingId").asString()).isEqualTo(meeting.toString());

		JsonNode v1 = worker.get(plans() + "/1").json();
		assertThat(v1.path("content").path("youthWords").asString()).isEqualTo("I want to finish school.");
		assertThat(v1.path("content").path("traumaTriggers").values()).extracting(JsonNode::asString)
			.containsExactly("Loud arguments", "Being touched without warning");
		JsonNode v2 = worker.get(plans() + "/2").json();
		assertThat(v2.path("content").path("youthWords").asString()).isEqualTo("I want to live with my aunt.");
		assertThat(v2.path("content").path("traumaTriggers").values()).extracting(JsonNode::asString)
			.as("the blank row is left out")
			.containsExactly("Loud arguments", "Sirens");
		assertThat(v2.path("content").path("ifYouthRuns").get(1).path("who").asString()).isEqualTo("Advocate");
		assertThat(v2.path("createdAt").asString()).matches(".*[+-]\\d\\d:\\d\\d$");

		Response unknown = worker.get(plans() + "/3");
		assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
		assertThat(unknown.code()).isEqualTo("T9301");
	}

	@Test
	void aStaleRevisionIsRefusedWithTheNewestVersion() {
		assertThat(worker.post(plans(), plan("one")).status()).isEqualTo(201);
		Map<String, Object> mine = plan("two");
		mine.put("basedOnVersion", 1);
		assertThat(worker.post(plans(), mine).status()).isEqualTo(201);

		Map<String, Object> stale = plan("written from version 1 without seeing version 2");
		stale.put("basedOnVersion", 1);
		Response refused = new ApiClient(port).as("clinician").post(plans(), stale);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
		assertThat(refused.code()).isEqualTo("T9302");
		assertThat(refused.json().path("newestVersion").asInt()).isEqualTo(2);
		assertThat(worker.get(plans()).json().size()).as("nothing saved").isEqualTo(2);
		assertThat(worker.get(plans() + "/2").json().path("content").path("youthWords").asString()).isEqualTo("two");

		stale.put("basedOnVersion", 2);
		Response seen = new ApiClient(port).as("clinician").post(plans(), stale);
		assertThat(seen.status()).as(seen.toString()).isEqualTo(201);
		assertThat(seen.json().path("version").asInt()).isEqualTo(3);
	}

	@Test
	void theYouthsParticipationIsRecordedAndWhyNotWhenTheyDidNotTakePart() {
		Map<String, Object> without = plan("");
		without.put("youthParticipated", false);
		Response refused = worker.post(plans(), without);
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("T9303");
		assertThat(fields(refused)).containsExactly("whyNotParticipated");

		Map<String, Object> unknown = plan("");
		unknown.remove("youthParticipated");
		Response notRecorded = worker.post(plans(), unknown);
		assertThat(notRecorded.status()).as(notRecorded.toString()).isEqualTo(400);
		assertThat(fields(notRecorded)).containsExactly("youthParticipated");
		assertThat(worker.get(plans()).json().size()).as("nothing saved").isZero();

		without.put("whyNotParticipated", "In the hospital overnight; the plan will be reviewed with her tomorrow.");
		Response saved = worker.post(plans(), without);
		assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
		assertThat(saved.json().path("content").path("youthParticipated").asBoolean()).isFalse();
		assertThat(saved.json().path("content").path("whyNotParticipated").asString()).startsWith("In the hospital");
	}

	@Test
	void oversizeTextsAndListsAreRefusedOnTheirFieldPath() {
		Map<String, Object> tooLong = plan("x".repeat(2001));
		tooLong.put("copingSkills", List.of("fine", "y".repeat(2001)));
		tooLong.put("ifYouthRuns", List.of(Map.of("who", "Caregiver", "does", "calls"), Map.of("who", "Advocate")));
		Response refused = worker.post(plans(), tooLong);
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(fields(refused)).containsExactlyInAnyOrder("copingSkills[1]", "youthWords", "ifYouthRuns[1].does");

		Map<String, Object> tooMany = plan("fine");
		tooMany.put("risksToFamily", Collections.nCopies(31, "a risk"));
		Response many = worker.post(plans(), tooMany);
		assertThat(many.status()).as(many.toString()).isEqualTo(400);
		assertThat(many.code()).isEqualTo("T9306");
		assertThat(fields(many)).containsExactly("risksToFamily");

		tooMany.put("risksToFamily", Collections.nCopies(30, "a risk"));
		assertThat(worker.post(plans(), tooMany).status()).as("30 entries are kept").isEqualTo(201);
	}

	@Test
	void anotherCountyDoesNotFindTheYouthsPlans() {
		assertThat(worker.post(plans(), plan("mine")).status()).isEqualTo(201);
		ApiClient other = new ApiClient(port).as("socialworker2");

		assertThat(other.get(plans()).status()).isEqualTo(404);
		assertThat(other.get(plans() + "/1").status()).isEqualTo(404);
		assertThat(other.post(plans(), plan("theirs")).status()).isEqualTo(404);
		assertThat(pdf(other, 1, "en").statusCode()).isEqualTo(404);
		assertThat(worker.get(plans()).json().size()).isEqualTo(1);
	}

	@Test
	void theCaregiverPdfReadsBackInSpanishAndEnglish() throws IOException {
		Map<String, Object> content = plan("Quiero que mi mamá me acompañe a la escuela. 😀 我想回家");
		content.put("copingSkills", List.of("Escuchar música 🎧", "Llamar a su tía"));
		// long enough to need several pages
		content.put("preventionSteps", Collections.nCopies(30, "Avisar antes de entrar a la habitación; "
				+ "hablar en voz baja y explicar qué va a pasar después. ".repeat(6)));
		assertThat(worker.post(plans(), content).status()).isEqualTo(201);

		HttpResponse<byte[]> spanish = pdf(worker, 1, "es");
		assertThat(spanish.statusCode()).isEqualTo(200);
		assertThat(spanish.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		String disposition = spanish.headers().firstValue("Content-Disposition").orElse("");
		assertThat(disposition).startsWith("attachment").contains("safety-plan-v1-es.pdf").doesNotContain(firstName);
		// kept for a look by eye (pdftoppm target/pdf/safety-plan-v1-es.pdf)
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "pdf"));
		java.nio.file.Files.write(java.nio.file.Path.of("target", "pdf", "safety-plan-v1-es.pdf"), spanish.body());
		try (PDDocument document = Loader.loadPDF(spanish.body())) {
			assertThat(document.getNumberOfPages()).isGreaterThan(1);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Plan de seguridad", "Versión 1", "Desencadenantes del trauma",
					"Habilidades para afrontar situaciones difíciles", "Transporte seguro", firstName,
					"Quiero que mi mamá me acompañe a la escuela.", "Llamar a su tía",
					"Caregiver — Calls the social worker");
			assertThat(text).as("the family name stays off the paper").doesNotContain("Zzfamilyname");
			assertThat(text).as("characters the font lacks print as '?'").contains("??");
		}

		HttpResponse<byte[]> english = pdf(worker, 1, "en");
		assertThat(english.statusCode()).isEqualTo(200);
		assertThat(english.headers().firstValue("Content-Disposition").orElse("")).contains("safety-plan-v1-en.pdf");
		try (PDDocument document = Loader.loadPDF(english.body())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Safety plan", "Version 1", "Trauma triggers", "Coping skills",
					"Steps to prevent triggers", "In " + firstName + "'s own words", "Quiero que mi mamá");
		}

		HttpResponse<byte[]> german = pdf(worker, 1, "de");
		assertThat(german.statusCode()).isEqualTo(400);
		assertThat(new String(german.body(), StandardCharsets.UTF_8)).contains("T9308");
		assertThat(pdf(worker, 9, "en").statusCode()).isEqualTo(404);
	}

	@Test
	void readsWritesAndPrintsAreAudited() {
		assertThat(worker.post(plans(), plan("audited")).status()).isEqualTo(201);
		worker.get(plans() + "/1");
		assertThat(pdf(worker, 1, "es").statusCode()).isEqualTo(200);

		Response audit = new ApiClient(port).as("admin").get("/api/v1/audit?youthId=" + youthId);
		assertThat(audit.status()).as(audit.toString()).isEqualTo(200);
		List<String> actions = new ArrayList<>();
		for (JsonNode entry : audit.json()) {
			actions.add(entry.path("action").asString() + " " + entry.path("detail").asString());
		}
		assertThat(actions).contains("SAFETY_PLAN_SAVED version 1", "SAFETY_PLAN_VIEWED version 1",
				"SAFETY_PLAN_PRINTED version 1 es");
	}

	private static List<String> fields(Response problem) {
		List<String> fields = new ArrayList<>();
		problem.json().path("errors").forEach(error -> fields.add(error.path("field").asString()));
		return fields;
	}

	private HttpResponse<byte[]> pdf(ApiClient client, int version, String lang) {
		String user = client == worker ? "socialworker" : "socialworker2";
		String basic = Base64.getEncoder()
			.encodeToString((user + ":" + TandemTest.PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + plans() + "/" + version + "/pdf?lang=" + lang))
			.header("Authorization", "Basic " + basic)
			.header("Accept", "application/pdf, application/problem+json")
			.GET()
			.build();
		try {
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
