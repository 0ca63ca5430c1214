package org.tandem.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.Database;
import org.tandem.TandemTest;
import org.tandem.county.Counties;
import org.tandem.definition.DefinitionKind.Succession;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;
import org.tandem.platform.Tenancy;

/**
 * The catalogue through a kind Tandem does not have yet, a training catalogue, added the
 * way every kind is: a schema file, a record type, a rules class, a shipped model file
 * and one registration. Each test registers its own kind (the tests share one database),
 * in Demo County and Second County.
 */
@TandemTest
class DefinitionCatalogueTests {

	static final String SCHEMA = "definitions/training-catalogue.schema.json";

	static final String MODEL = "definitions/model-training-catalogue.yaml";

	/** The record type: a training catalogue as its file states it. */
	record TrainingCatalogue(String id, int version, String title, List<Course> courses) implements Versioned {

		record Course(String id, String title, int hours) {
		}
	}

	/** The rules class: what the schema cannot say. */
	static final class TrainingCatalogueRules {

		static List<DefinitionProblem> check(TrainingCatalogue catalogue) {
			List<DefinitionProblem> problems = new ArrayList<>();
			Set<String> ids = new HashSet<>();
			for (int c = 0; c < catalogue.courses().size(); c++) {
				String id = catalogue.courses().get(c).id();
				if (!ids.add(id)) {
					problems
						.add(new DefinitionProblem("$.courses[" + c + "].id", "repeats the course id '" + id + "'"));
				}
			}
			return problems;
		}

	}

	private static final AtomicInteger KINDS = new AtomicInteger();

	private static final AtomicInteger MINUTES = new AtomicInteger();

	@Autowired
	Definitions definitions;

	@Autowired
	Tenancy tenancy;

	@Autowired
	Counties counties;

	@Autowired
	EmbeddedPostgres postgres;

	UUID demo;

	UUID second;

	@BeforeEach
	void counties() {
		demo = counties.findByName("Demo County").orElseThrow().id();
		second = counties.findByName("Second County").orElseThrow().id();
	}

	@Test
	void aRegisteredKindServesItsShippedVersionToEveryCounty() {
		DefinitionCatalogue<TrainingCatalogue> training = register(kind -> kind);

		assertThat(definitions.kinds()).contains("instrument", "disclosure-rules", training.kind().name());
		assertThat(training.shipped()).extracting(TrainingCatalogue::id).containsExactly("model-training");
		assertThat(training.current().courses()).extracting(TrainingCatalogue.Course::id)
			.containsExactly("cse-101", "screening");
		assertThat(in(demo, training::current)).isSameAs(in(second, training::current));
		assertThat(in(demo, () -> training.text("model-training", 1)).orElseThrow())
			.contains("Recognising exploitation");
		assertThat(in(demo, training::imported)).isEmpty();
		TandemException missing = refused(() -> in(demo, () -> training.get("model-training", 2)));
		assertThat(missing.code()).isEqualTo(ErrorCode.DEFINITION_VERSION_NOT_FOUND);
		assertThat(missing.args()).containsExactly("model-training", 2);
	}

	@Test
	void aFileIsRefusedWithEveryProblemOnItsField() {
		DefinitionCatalogue<TrainingCatalogue> training = register(kind -> kind);

		TandemException repeated = refused(() -> importInto(demo, training, """
				id: repeats
				version: 1
				title: Repeats a course
				courses:
				  - {id: intro, title: Introduction, hours: 1}
				  - {id: intro, title: Introduction again, hours: 1}
				"""));
		TandemException tooManyHours = refused(
				() -> importInto(demo, training, file("too-long", 1, "Too long").replace("hours: 1", "hours: 81")));

		assertThat(repeated.code()).isEqualTo(ErrorCode.DEFINITION_INVALID);
		assertThat(repeated.fieldErrors()).extracting(TandemException.FieldError::field)
			.containsExactly("$.courses[1].id");
		assertThat(tooManyHours.code()).isEqualTo(ErrorCode.DEFINITION_INVALID);
		assertThat(tooManyHours.fieldErrors()).extracting(TandemException.FieldError::field)
			.containsExactly("$.courses[0].hours");
		assertThat(in(demo, training::imported)).isEmpty();
	}

	@Test
	void aStoredVersionNeverChanges() throws SQLException {
		DefinitionCatalogue<TrainingCatalogue> training = register(kind -> kind);
		importInto(demo, training, file("county-training", 1, "First"));

		TandemException again = refused(() -> importInto(demo, training, file("county-training", 1, "Changed")));
		TandemException shipped = refused(() -> importInto(demo, training, file("model-training", 1, "Not the model")));

		assertThat(again.code()).isEqualTo(ErrorCode.DEFINITION_VERSION_EXISTS);
		assertThat(again.args()).containsExactly("county-training", 1);
		assertThat(shipped.code()).isEqualTo(ErrorCode.DEFINITION_VERSION_EXISTS);
		assertThat(in(demo, () -> training.get("county-training", 1)).title()).isEqualTo("First");
		assertThat(in(demo, () -> training.text("county-training", 1)).orElseThrow()).contains("title: First");
		assertThat(in(demo, () -> training.get("model-training", 1)).title()).isEqualTo("Model training catalogue");
		// nor underneath the application: its database role may read and add, never
		// change or remove
		try (Connection app = Database.asApp(postgres)) {
			for (String change : List.of("update definition_version set definition = 'x'",
					"delete from definition_version")) {
				assertThatThrownBy(() -> app.createStatement().executeUpdate(change)).as(change)
					.isInstanceOf(SQLException.class)
					.hasMessageContaining("permission denied");
			}
		}
	}

	@Test
	void aCountysVersionsAreItsOwn() {
		DefinitionCatalogue<TrainingCatalogue> training = register(kind -> kind);
		importInto(demo, training, file("county-training", 1, "Demo's"));

		assertThat(in(second, () -> training.find("county-training", 1))).isEmpty();
		assertThat(in(second, training::imported)).isEmpty();
		assertThat(in(second, () -> training.newestVersionOf("county-training"))).isZero();
		assertThat(in(second, training::current).id()).isEqualTo("model-training");
		assertThat(training.find("county-training", 1)).as("with no county, only what is shipped").isEmpty();

		// the same id and version in another county is that county's own version
		importInto(second, training, file("county-training", 1, "Second's"));
		assertThat(in(demo, () -> training.get("county-training", 1)).title()).isEqualTo("Demo's");
		assertThat(in(second, () -> training.get("county-training", 1)).title()).isEqualTo("Second's");
		assertThat(in(demo, training::imported)).extracting(version -> version.definition().title())
			.containsExactly("Demo's");
		assertThat(in(demo, training::current).title()).isEqualTo("Demo's");
	}

	@Test
	void eachKindsSuccessionDecidesWhichVersionMayFollow() {
		DefinitionCatalogue<TrainingCatalogue> free = register(kind -> kind);
		importInto(demo, free, file("edition", 3, "Third edition"));
		importInto(demo, free, file("edition", 2, "Second edition"));
		assertThat(in(demo, free::current).title()).as("the last import").isEqualTo("Second edition");
		assertThat(in(demo, () -> free.newestVersionOf("edition"))).isEqualTo(3);

		DefinitionCatalogue<TrainingCatalogue> perId = register(kind -> kind.succession(Succession.ASCENDING_PER_ID));
		importInto(demo, perId, file("plan", 3, "Third"));
		TandemException lower = refused(() -> importInto(demo, perId, file("plan", 2, "Second")));
		assertThat(lower.code()).isEqualTo(ErrorCode.DEFINITION_VERSION_NOT_NEWER);
		assertThat(lower.field()).isEqualTo("$.version");
		assertThat(lower.args()).containsExactly("plan", 2, 3);
		TandemException theShipped = refused(() -> importInto(demo, perId, file("model-training", 1, "Model again")));
		assertThat(theShipped.code()).isEqualTo(ErrorCode.DEFINITION_VERSION_EXISTS);
		importInto(demo, perId, file("other-plan", 1, "Another id has its own line"));

		DefinitionCatalogue<TrainingCatalogue> perCounty = register(
				kind -> kind.succession(Succession.ASCENDING_PER_COUNTY));
		importInto(demo, perCounty, file("rules-a", 2, "Rules A"));
		TandemException otherId = refused(() -> importInto(demo, perCounty, file("rules-b", 2, "Rules B")));
		assertThat(otherId.code()).isEqualTo(ErrorCode.DEFINITION_VERSION_NOT_NEWER);
		assertThat(otherId.args()).containsExactly("rules-b", 2, 2);
		importInto(second, perCounty, file("rules-b", 1, "Second County's line is its own"));
		assertThat(in(second, perCounty::current).id()).isEqualTo("rules-b");
	}

	@Test
	void theNewestIsServedFromMemoryBetweenRechecksAndAnImportHereTakesEffectAtOnce() throws SQLException {
		DefinitionCatalogue<TrainingCatalogue> remembered = register(
				kind -> kind.recheckNewestEvery(Duration.ofHours(1)));
		DefinitionCatalogue<TrainingCatalogue> asked = register(kind -> kind);
		assertThat(in(demo, remembered::current).id()).isEqualTo("model-training");
		assertThat(in(demo, asked::current).id()).isEqualTo("model-training");

		importedElsewhere(demo, remembered.kind().name(), "elsewhere");
		importedElsewhere(demo, asked.kind().name(), "elsewhere");

		assertThat(in(demo, remembered::current).id()).as("until the recheck").isEqualTo("model-training");
		assertThat(in(demo, asked::current).id()).as("always asked").isEqualTo("elsewhere");
		assertThat(in(demo, () -> remembered.find("elsewhere", 1))).as("a version by number is read at once")
			.isPresent();
		importInto(demo, remembered, file("here", 1, "Imported on this instance"));
		assertThat(in(demo, remembered::current).id()).isEqualTo("here");
	}

	@Test
	void aKindIsRegisteredOnce() {
		DefinitionCatalogue<TrainingCatalogue> training = register(kind -> kind);

		assertThatThrownBy(() -> definitions.register(kind(training.kind().name()).build()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining(training.kind().name());
	}

	@Test
	void anInvalidShippedFileStopsTheStartWithEveryProblemListed() {
		String name = "training-broken-" + KINDS.incrementAndGet();

		assertThatThrownBy(() -> definitions
			.register(DefinitionKind.named(name, SCHEMA, TrainingCatalogue.class, TrainingCatalogueRules::check)
				.shipped("definitions/broken-training-catalogue.yaml")
				.build()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("definitions/broken-training-catalogue.yaml")
			.hasMessageContaining("$.courses[1].id: repeats the course id 'cse-101'");
		assertThat(definitions.kinds()).doesNotContain(name);
	}

	/** The one registration, of a kind named for this test. */
	private DefinitionCatalogue<TrainingCatalogue> register(
			UnaryOperator<DefinitionKind.Builder<TrainingCatalogue>> options) {
		return definitions.register(options.apply(kind("training-" + KINDS.incrementAndGet())).build());
	}

	private static DefinitionKind.Builder<TrainingCatalogue> kind(String name) {
		return DefinitionKind.named(name, SCHEMA, TrainingCatalogue.class, TrainingCatalogueRules::check)
			.shipped(MODEL);
	}

	private static String file(String id, int version, String title) {
		return "id: " + id + "\nversion: " + version + "\ntitle: " + title
				+ "\ncourses:\n  - {id: intro, title: Introduction, hours: 1}\n";
	}

	/** Imports as an administrator would, each a minute after the one before. */
	private TrainingCatalogue importInto(UUID county, DefinitionCatalogue<TrainingCatalogue> catalogue, String file) {
		Instant at = Instant.parse("2026-11-02T09:00:00Z").plus(Duration.ofMinutes(MINUTES.incrementAndGet()));
		return in(county, () -> catalogue.importVersion(file.getBytes(StandardCharsets.UTF_8), null, at));
	}

	/**
	 * A version another instance of Tandem stored: in the database, not in this
	 * instance's memory.
	 */
	private void importedElsewhere(UUID county, String kind, String id) throws SQLException {
		try (Connection owner = Database.asSuperuser(postgres); PreparedStatement insert = owner.prepareStatement("""
				insert into definition_version (county_id, kind, definition_id, version, definition, imported_at)
				values (?, ?, ?, 1, ?, ?)""")) {
			insert.setObject(1, county);
			insert.setString(2, kind);
			insert.setString(3, id);
			insert.setString(4, file(id, 1, "Imported elsewhere"));
			insert.setTimestamp(5, Timestamp.from(Instant.parse("2026-11-01T09:00:00Z")));
			insert.executeUpdate();
		}
	}

	private <T> T in(UUID county, Supplier<T> work) {
		return tenancy.inCounty(county, work);
	}

	private static TandemException refused(Runnable work) {
		TandemException refusal = catchThrowableOfType(TandemException.class, work::run);
		assertThat(refusal).as("should be refused").isNotNull();
		return refusal;
	}

}
