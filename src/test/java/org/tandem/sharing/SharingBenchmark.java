package org.tandem.sharing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.ApiClient;
import org.tandem.TandemTest;
import org.tandem.TestData;
import org.tandem.audit.Purpose;
import org.tandem.platform.CountyMember;
import org.tandem.platform.Tenancy;

/**
 * The cost of one decision (bench/sharing.sh; skipped unless the environment has
 * TANDEM_BENCH=1): {@code Disclosures.decide} with the rules cached, inside one
 * transaction as a page would call it (one SQL round trip for team, consents and
 * break-glass), the rules in force alone (as the definition catalogue serves them between
 * rechecks), and the rule evaluation alone. Writes the numbers to
 * target/sharing-bench.txt; asserts nothing about time.
 */
@TandemTest
class SharingBenchmark {

	@LocalServerPort
	int port;

	@Autowired
	Disclosures disclosures;

	@Autowired
	DisclosureRulesCatalogue catalogue;

	@Autowired
	Tenancy tenancy;

	record Member(UUID userId, String username, UUID countyId, UUID agencyId,
			Set<String> roleNames) implements CountyMember {
	}

	@Test
	void decide() throws Exception {
		Assumptions.assumeTrue("1".equals(System.getenv("TANDEM_BENCH")), "benchmark: run bench/sharing.sh");
		ApiClient probation = new ApiClient(port).as("probation");
		var me = probation.me();
		Member member = new Member(UUID.fromString(me.path("id").asString()), "probation",
				UUID.fromString(me.path("county").path("id").asString()),
				UUID.fromString(me.path("agency").path("id").asString()), Set.of("PROBATION_OFFICER"));
		Map<String, Object> body = TestData.youth();
		body.put("agencyIds", List.of(member.agencyId()));
		UUID youth = new ApiClient(port).as("socialworker").post("/api/v1/youth", body).id();
		new ApiClient(port).as("socialworker")
			.post("/api/v1/youth/" + youth + "/consents", Map.of("decision", "GIVEN", "categories",
					List.of("CSE_STATUS"), "recipientAgencyId", member.agencyId()));
		Category[] categories = Category.values();
		int warmup = 3_000, measured = 20_000;
		long[] full = new long[measured];
		tenancy.inCounty(member.countyId(), () -> {
			for (int i = 0; i < warmup + measured; i++) {
				long start = System.nanoTime();
				disclosures.decide(member, youth, categories[i % categories.length], Purpose.TREATMENT);
				long took = System.nanoTime() - start;
				if (i >= warmup) {
					full[i - warmup] = took;
				}
			}
		});
		long[] rulesInForce = new long[measured];
		tenancy.inCounty(member.countyId(), () -> {
			for (int i = 0; i < warmup + measured; i++) {
				long start = System.nanoTime();
				catalogue.current();
				long took = System.nanoTime() - start;
				if (i >= warmup) {
					rulesInForce[i - warmup] = took;
				}
			}
		});
		Disclosures.Facts facts = tenancy.inCounty(member.countyId(), () -> disclosures.facts(member, youth));
		DisclosureRules rules = tenancy.inCounty(member.countyId(), () -> catalogue.current());
		long[] evaluate = new long[measured];
		java.time.LocalDate today = java.time.LocalDate.now();
		int allowed = 0;
		for (int i = 0; i < warmup + measured; i++) {
			long start = System.nanoTime();
			Decision decision = DisclosurePolicy.evaluate(rules, member, facts, categories[i % categories.length],
					Purpose.TREATMENT, today);
			long took = System.nanoTime() - start;
			allowed += decision.allowed() ? 1 : 0;
			if (i >= warmup) {
				evaluate[i - warmup] = took;
			}
		}
		String report = "| measured | checks | median | p99 | max |\n|---|---:|---:|---:|---:|\n"
				+ row("decide(): rules cached, facts read (1 SQL round trip), in one transaction", full)
				+ row("the rules in force only (definition catalogue, between rechecks)", rulesInForce)
				+ row("rule evaluation only (facts in memory)", evaluate) + "\n(" + allowed
				+ " of the evaluated checks allowed)\n";
		Files.writeString(Path.of("target", "sharing-bench.txt"), report);
	}

	private static String row(String what, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return "| " + what + " | " + sorted.length + " | " + micros(sorted[sorted.length / 2]) + " | "
				+ micros(sorted[(int) (sorted.length * 0.99)]) + " | " + micros(sorted[sorted.length - 1]) + " |\n";
	}

	private static String micros(long nanos) {
		return String.format(java.util.Locale.ROOT, "%.1f µs", nanos / 1000.0);
	}

}
