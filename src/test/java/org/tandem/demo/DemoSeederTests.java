package org.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.TandemTest;
import org.tandem.TestData;
import org.tandem.county.Counties;
import org.tandem.platform.Tenancy;

/**
 * The demo seeder never touches a database that holds a real county. Both cases run in
 * one transaction that is rolled back, so the shared database is left as it was: the
 * seeder's work joins that transaction, which is scoped to Demo County, so what it would
 * change is visible here.
 */
@TandemTest
class DemoSeederTests {

	@Autowired
	DemoSeeder seeder;

	@Autowired
	Counties counties;

	@Autowired
	Tenancy tenancy;

	@Autowired
	JdbcClient jdbc;

	@Test
	void refusesToTouchADatabaseWithARealCounty() {
		Outcome outcome = rolledBack(() -> {
			counties.create("Real County " + TestData.word(), ZoneId.of("America/Los_Angeles"), false);
			assertThat(counties.anyNonDemo()).isTrue();
			return seed();
		});

		assertThat(outcome.hashAfter()).as("a demo user's password was reset").isEqualTo(outcome.hashBefore());
		assertThat(counties.anyNonDemo()).as("the real county was rolled back").isFalse();
	}

	@Test
	void withOnlyDemoCountiesItResetsTheDemoPasswords() {
		// The control of the test above: without a real county, the seeder does change
		// the demo users.
		Outcome outcome = rolledBack(() -> {
			assertThat(counties.anyNonDemo()).isFalse();
			return seed();
		});

		assertThat(outcome.hashAfter()).isNotEqualTo(outcome.hashBefore());
	}

	private Outcome seed() {
		String before = socialWorkerHash();
		seeder.run(new DefaultApplicationArguments());
		return new Outcome(before, socialWorkerHash());
	}

	private String socialWorkerHash() {
		return jdbc.sql("select password_hash from app_user where username = 'socialworker'")
			.query(String.class)
			.single();
	}

	private Outcome rolledBack(java.util.function.Supplier<Outcome> work) {
		UUID demoCounty = counties.findByName("Demo County").orElseThrow().id();
		try {
			tenancy.inCounty(demoCounty, (Runnable) () -> {
				throw new RolledBack(work.get());
			});
		}
		catch (RolledBack done) {
			return done.outcome;
		}
		throw new AssertionError("unreachable");
	}

	private record Outcome(String hashBefore, String hashAfter) {
	}

	private static final class RolledBack extends RuntimeException {

		private final transient Outcome outcome;

		RolledBack(Outcome outcome) {
			super(null, null, false, false);
			this.outcome = outcome;
		}

	}

}
