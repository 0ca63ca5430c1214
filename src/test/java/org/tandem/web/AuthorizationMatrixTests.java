package org.tandem.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Response;
import org.tandem.TandemTest;
import org.tandem.TestData;
import org.tandem.county.Agencies;
import org.tandem.county.AgencyType;
import org.tandem.county.Counties;
import org.tandem.county.CountySetup;
import org.tandem.county.Role;
import org.tandem.platform.Tenancy;
import org.tandem.sharing.Category;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorization matrix: every endpoint Tandem maps is listed in
 * {@code src/test/resources/sharing/authorization-matrix.txt} with the category of youth
 * data it reveals, and every page and API read of youth data is asked for by every kind
 * of user of the demo county, by another county's user and by nobody, against what the
 * county's disclosure rules say for one scripted youth. A new endpoint that is not in the
 * file fails the build.
 *
 * <p>
 * The scripted youth has an open case at child welfare, a crisis response and an initial
 * MDT that invited the initial MDT's required agencies (so probation, mental health,
 * public health, the survivor advocates and substance use are on the team, and education
 * is not), no consent, and the youth's refusal to let probation know where they are
 * (which the rules let the youth make).
 *
 * <p>
 * Shape {@code PART}: a part of a section or an answer that reveals another category than
 * the rest (a task's title, a proposed meeting's reason, the safety plan's steps if the
 * youth runs): those who may see that category find its marker, the others an answer
 * without it (or a 403). A section the user may not see says why (the shared
 * explanation), never "No screening yet". What each user may see follows
 * {@code sharing/model-disclosure-rules.yaml} for the default purpose (treatment and
 * service planning); the expectations below are that file read by hand.
 */
@TandemTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

	private static final ZoneId COUNTY = ZoneId.of("America/Los_Angeles");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	ApplicationContext context;

	/** Child welfare (including the administrator and the hotline, who work there). */
	private static final Set<String> CHILD_WELFARE = Set.of("admin", "hotline", "socialworker", "supervisor");

	private static final String EDUCATOR = "mx-educator";

	/**
	 * What the screenings section says of a youth never screened: never to someone
	 * refused the results.
	 */
	private static final String NO_SCREENING = "No screening yet";

	/** Everyone of the demo county the tests ask as. */
	private static final List<String> COUNTY_USERS = List.of("admin", "hotline", "socialworker", "supervisor",
			"probation", "clinician", "nurse", "advocate", "analyst", EDUCATOR);

	/** Who may see each category of the scripted youth, as the model rules say. */
	private static final Map<Category, Set<String>> ALLOWED = new HashMap<>();

	static {
		Set<String> team = union(CHILD_WELFARE, Set.of("probation", "clinician", "nurse", "advocate"));
		ALLOWED.put(Category.IDENTITY, union(team, Set.of(EDUCATOR)));
		// the youth refused probation their location; the rules let the youth refuse it
		// to probation
		ALLOWED.put(Category.LOCATION, union(CHILD_WELFARE, Set.of("clinician", "nurse", "advocate")));
		ALLOWED.put(Category.MDT_MINUTES, team);
		ALLOWED.put(Category.SAFETY_PLAN, team);
		ALLOWED.put(Category.SERVICES, team);
		// mental health: the treating agency, child welfare and public health on the team
		ALLOWED.put(Category.MENTAL_HEALTH, union(CHILD_WELFARE, Set.of("clinician", "nurse")));
		// probation sees screening results only to identify, status only with the youth's
		// consent
		Set<String> noProbation = union(CHILD_WELFARE, Set.of("clinician", "nurse", "advocate"));
		ALLOWED.put(Category.SCREENING_RESULTS, noProbation);
		ALLOWED.put(Category.CSE_STATUS, noProbation);
		ALLOWED.put(Category.ASSESSMENTS, noProbation);
		ALLOWED.put(Category.SCREENING_ANSWERS, union(CHILD_WELFARE, Set.of("clinician", "nurse")));
		// outcomes: the serving agencies on the team; a mental health measure as mental
		// health (child welfare, behavioral and public health on the team)
		ALLOWED.put(Category.OUTCOMES, team);
		ALLOWED.put(Category.MENTAL_HEALTH, union(CHILD_WELFARE, Set.of("clinician", "nurse")));
	}

	private record Row(String method, String pattern, String category, String shape, String path, String marker) {

		String key() {
			return method + " " + pattern;
		}

		Category youthCategory() {
			return switch (category) {
				case "NONE", "ADMIN", "SUPERVISORS", "ANALYSTS" -> null;
				default -> Category.valueOf(category);
			};
		}
	}

	private final Map<String, String> fixture = new HashMap<>();

	private List<Row> rows;

	@BeforeAll
	void readTheMatrixAndScriptTheYouth() throws IOException {
		rows = new ArrayList<>();
		String text = new ClassPathResource("sharing/authorization-matrix.txt")
			.getContentAsString(StandardCharsets.UTF_8);
		for (String line : text.split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] cells = line.trim().split("\\s+");
			rows.add(new Row(cells[0], cells[1], cells[2], cells[3], cells.length > 4 ? cells[4] : null,
					cells.length > 5 ? cells[5] : null));
		}
		createEducator();
		scriptTheYouth();
	}

	@Test
	void everyMappedEndpointIsInTheMatrixAndEveryRowIsMapped() {
		Set<String> mapped = new TreeSet<>();
		mapping.getHandlerMethods().forEach((info, method) -> {
			Set<String> methods = new TreeSet<>();
			info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
			if (methods.isEmpty()) {
				methods.add("ANY");
			}
			for (String m : methods) {
				for (String pattern : info.getPatternValues()) {
					mapped.add(m + " " + pattern);
				}
			}
		});
		Set<String> listed = new TreeSet<>();
		rows.forEach(row -> listed.add(row.key()));
		Set<String> missing = new TreeSet<>(mapped);
		missing.removeAll(listed);
		assertThat(missing)
			.as("endpoints not in src/test/resources/sharing/authorization-matrix.txt: "
					+ "add each with the category of youth data it reveals")
			.isEmpty();
		Set<String> stale = new TreeSet<>(listed);
		stale.removeAll(mapped);
		assertThat(stale).as("rows of the matrix that no longer match an endpoint").isEmpty();
	}

	@Test
	void everyReadOfYouthDataAnswersEachUserAsTheRulesSay() {
		List<String> wrong = new ArrayList<>();
		Map<String, ApiClient> api = new LinkedHashMap<>();
		Map<String, PageSession> pages = new LinkedHashMap<>();
		for (String user : COUNTY_USERS) {
			api.put(user, new ApiClient(port).as(user));
			pages.put(user, PageSession.signedIn(port, user));
		}
		ApiClient elsewhere = new ApiClient(port).as("socialworker2");
		PageSession elsewherePages = PageSession.signedIn(port, "socialworker2");
		ApiClient nobody = new ApiClient(port);
		PageSession nobodysPages = PageSession.anonymous(port);

		for (Row row : rows) {
			if (row.path() == null || row.shape().equals("WRITE") || row.shape().equals("-")) {
				continue;
			}
			String path = concrete(row.path());
			String marker = row.marker() == null ? null : concrete(row.marker());
			boolean page = !row.path().startsWith("/api/");
			for (String user : COUNTY_USERS) {
				int status;
				String body;
				if (page) {
					PageSession.Answer answer = pages.get(user).get(path);
					status = answer.status();
					body = answer.body();
				}
				else {
					Response answer = api.get(user).get(path);
					status = answer.status();
					body = answer.body();
				}
				String problem = judge(row, user, status, body, marker);
				if (problem != null) {
					wrong.add(row.key() + " as " + user + " (" + path + "): " + problem);
				}
			}
			if (!row.shape().equals("PUBLIC")) {
				int anonymous = page ? nobodysPages.get(path).status() : nobody.get(path).status();
				int expected = page ? 302 : 401;
				if (anonymous != expected) {
					wrong.add(row.key() + " anonymous: " + anonymous + ", expected " + expected);
				}
			}
			if (row.youthCategory() != null && !row.shape().equals("LIST") && !row.shape().equals("PAGELIST")) {
				int other = page ? elsewherePages.get(path).status() : elsewhere.get(path).status();
				if (other != 404) {
					wrong.add(row.key() + " as another county's user: " + other + ", expected 404");
				}
			}
			else if (row.youthCategory() != null) {
				String body = page ? elsewherePages.get(path).body() : elsewhere.get(path).body();
				if (body.contains(fixture.get("youth"))) {
					wrong.add(row.key() + " as another county's user lists the youth");
				}
			}
		}
		assertThat(wrong).as("answers that differ from the rules").isEmpty();
	}

	/** Null when the answer is what the rules call for, else what is wrong with it. */
	private String judge(Row row, String user, int status, String body, String marker) {
		Category category = row.youthCategory();
		boolean allowed = switch (row.category()) {
			case "NONE" -> true;
			case "ADMIN" -> user.equals("admin");
			case "SUPERVISORS" -> user.equals("admin") || user.equals("supervisor");
			case "ANALYSTS" -> user.equals("admin") || user.equals("analyst");
			default -> ALLOWED.get(category).contains(user);
		};
		boolean list = row.shape().equals("LIST") || row.shape().equals("PAGELIST");
		if (allowed) {
			if (status != 200) {
				return "allowed by the rules, answered " + status;
			}
			if (marker != null && !body.contains(marker)) {
				return "allowed by the rules, but the answer lacks " + marker;
			}
			return null;
		}
		String youth = fixture.get("youth");
		if (status == 403) {
			return null;
		}
		if (row.shape().equals("ONE") || row.shape().equals("API")) {
			return "denied by the rules, answered " + status + " (a read of one youth's data is refused with 403)";
		}
		if (status == 200 && row.shape().equals("SECTION")
				&& (!body.contains("data-code=\"T41") || body.contains(NO_SCREENING))) {
			return "denied by the rules, but the section does not say why (or claims there is nothing)";
		}
		if (status == 200 && (marker == null || !body.contains(marker)) && (!list || !body.contains(youth))
				&& (category == null || !category.equals(Category.IDENTITY)
						|| !body.contains(fixture.get("lastName")))) {
			// a section or list that explains or leaves out what the user may not see
			return category == null ? "denied by the rules, answered 200" : null;
		}
		return "denied by the rules, answered " + status
				+ (marker != null && body.contains(marker) ? " with " + marker : "");
	}

	private String concrete(String template) {
		String out = template;
		for (Map.Entry<String, String> entry : fixture.entrySet()) {
			out = out.replace("$" + entry.getKey(), entry.getValue());
		}
		return out;
	}

	private void createEducator() {
		Counties counties = context.getBean(Counties.class);
		Tenancy tenancy = context.getBean(Tenancy.class);
		UUID county = counties.findByName("Demo County").orElseThrow().id();
		tenancy.inCounty(county, () -> {
			var education = context.getBean(Agencies.class)
				.findAll()
				.stream()
				.filter(agency -> agency.type() == AgencyType.EDUCATION)
				.findFirst()
				.orElseThrow();
			context.getBean(CountySetup.class)
				.createUser(education, EDUCATOR, "Matrix Educator", EnumSet.of(Role.EDUCATOR),
						context.getBean(PasswordEncoder.class).encode(TandemTest.PASSWORD));
		});
	}

	/** One youth with something in every category, by the people who would record it. */
	private void scriptTheYouth() {
		ApiClient hotline = new ApiClient(port).as("hotline");
		ApiClient worker = new ApiClient(port).as("socialworker");
		String lastName = "Matrix" + TestData.word();
		Map<String, Object> youth = TestData.youth("Mx", lastName, LocalDate.now(COUNTY).minusYears(14));
		youth.put("agencyIds", List.of(worker.agencyId()));
		UUID youthId = created(worker.post("/api/v1/youth", youth));
		fixture.put("youth", youthId.toString());
		fixture.put("lastName", lastName);
		String y = "/api/v1/youth/" + youthId;

		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
		Map<String, Object> report = new HashMap<>();
		report.put("youthId", youthId);
		report.put("receivedAt", now.minusHours(1).toString());
		report.put("reporterKind", "ANONYMOUS");
		report.put("concerns", "mx-hotline: seen with an adult who holds her phone");
		report.put("youthLocation", "mx-where: the bus station");
		report.put("speed", "IMMEDIATE_CRISIS");
		report.put("jurisdiction", "CHILD_WELFARE");
		Response reported = hotline.post("/api/v1/hotline-reports", report);
		assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
		fixture.put("hotlineReport", reported.json().path("report").path("id").asString());
		String crisis = reported.json().path("response").path("id").asString();
		fixture.put("crisis", crisis);
		Map<String, Object> engagement = new HashMap<>();
		engagement.put("version", 0);
		engagement.put("engagedAt", now.minusMinutes(30).toString());
		engagement.put("note", "mx-engagement");
		ok(worker.put("/api/v1/responses/" + crisis + "/engagement", engagement));

		Map<String, Object> start = new HashMap<>();
		start.put("tier", "INITIAL_MDT");
		start.put("identifiedAt", now.minusHours(1).toString());
		start.put("jurisdiction", "CHILD_WELFARE");
		String response = created(worker.post(y + "/responses", start)).toString();
		fixture.put("response", response);

		Map<String, Object> schedule = new HashMap<>();
		schedule.put("scheduledFor", now.minusMinutes(10).toString());
		schedule.put("place", "Family resource center");
		UUID meeting = created(worker.post("/api/v1/responses/" + response + "/meetings", schedule));
		fixture.put("meeting", meeting.toString());
		Map<String, Object> minutes = new HashMap<>();
		minutes.put("heldAt", now.minusMinutes(5).toString());
		minutes.put("scriptRead", true);
		minutes.put("youth", List.of(Map.of("youthId", youthId, "attended", true, "voice", "mx-minutes", "decisions",
				"Keep her placement")));
		ok(worker.post("/api/v1/meetings/" + meeting + "/minutes", minutes));
		fixture.put("proposal",
				worker.get("/api/v1/mdt-proposals?status=OPEN")
					.json()
					.valueStream()
					.filter(p -> p.path("youthId").asString().equals(youthId.toString()))
					.findFirst()
					.orElseThrow(() -> new AssertionError("no proposal for the scripted youth"))
					.path("id")
					.asString());

		Map<String, Object> determination = new HashMap<>();
		determination.put("kind", "SUSPECTED");
		determination.put("determinedAt", LocalDate.now(COUNTY).toString());
		determination.put("source", "DISCLOSURE");
		determination.put("note", "mx-cse");
		created(worker.post(y + "/determinations", determination));

		Map<String, Object> placement = new HashMap<>();
		placement.put("type", "SHELTER_EMERGENCY");
		placement.put("startedOn", LocalDate.now(COUNTY).toString());
		placement.put("reasonForChange", "mx-location");
		fixture.put("placement", created(worker.post(y + "/placements", placement)).toString());
		Map<String, Object> episode = new HashMap<>();
		episode.put("startedAt", now.minusDays(3).toString());
		UUID episodeId = created(worker.post(y + "/episodes", episode));
		fixture.put("episode", episodeId.toString());
		ok(worker.post("/api/v1/episodes/" + episodeId + "/end", Map.of("endedAt", now.minusDays(2).toString())));

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
		fixture.put("screening", created(worker.post(y + "/screenings", screening)).toString());

		Map<String, Object> plan = new HashMap<>();
		plan.put("risksToYouth", List.of("Contact from the adult at the station"));
		plan.put("youthWords", "mx-safety");
		plan.put("ifYouthRuns", List.of(Map.of("who", "Caregiver", "does", "mx-runs: checks the bus station")));
		plan.put("youthParticipated", true);
		Response saved = worker.post(y + "/safety-plans", plan);
		assertThat(saved.status()).as(saved.toString()).isEqualTo(201);

		Map<String, Object> servicePlan = new HashMap<>();
		servicePlan.put("needs", List.of(Map.of("code", "housing-placement", "goal", "mx-services"),
				Map.of("code", "mental-health", "goal", "mx-mental")));
		servicePlan.put("youthParticipated", true);
		Response planned = worker.post(y + "/service-plans", servicePlan);
		assertThat(planned.status()).as(planned.toString()).isEqualTo(201);

		fixture.put("runawayProposal",
				worker.get("/api/v1/mdt-proposals?status=ALL")
					.json()
					.valueStream()
					.filter(p -> p.path("youthId").asString().equals(youthId.toString())
							&& p.path("reason").asString().equals("RUNAWAY"))
					.findFirst()
					.orElseThrow(() -> new AssertionError("no runaway proposal for the scripted youth"))
					.path("id")
					.asString());
		assertThat(worker.get(y + "/tasks").body()).as("the runaway's report to NCMEC").contains("NCMEC_REPORT");

		// the youth does not want probation to know where they are
		Map<String, Object> refusal = new HashMap<>();
		refusal.put("decision", "REFUSED");
		refusal.put("categories", List.of("LOCATION"));
		refusal.put("recipientAgencyId", new ApiClient(port).as("probation").agencyId());
		refusal.put("witnessedBy", "Survivor advocate");
		created(worker.post(y + "/consents", refusal));
	}

	private static UUID created(Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.id();
	}

	private static void ok(Response response) {
		assertThat(response.status()).as(response.toString()).isBetween(200, 201);
	}

	@SafeVarargs
	private static Set<String> union(Set<String>... sets) {
		Set<String> all = new LinkedHashSet<>();
		for (Set<String> set : sets) {
			all.addAll(set);
		}
		return Set.copyOf(all);
	}

}
