package org.tandem.service;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.tandem.audit.Purpose;
import org.tandem.sharing.Category;
import org.tandem.sharing.Disclosures;

/**
 * How the service module asks the decision point for the signed-in person and the purpose
 * of the request. A plan and its referrals are {@link Category#SERVICES}; each need is
 * also the category its taxonomy entry names, decided need by need.
 */
@Component
class ServiceSharing {

	private final Disclosures disclosures;

	ServiceSharing(Disclosures disclosures) {
		this.disclosures = disclosures;
	}

	/** Allowed, or the explained denial thrown (403) and audited as refused. */
	void require(UUID youthId, Category category) {
		disclosures.require(youthId, category, Purpose.current());
	}

	boolean decide(UUID youthId, Category category) {
		return disclosures.decide(youthId, category, Purpose.current()).allowed();
	}

	/**
	 * For a part of an answer (a need of the plan): whether it may be shown; when not,
	 * the refused read is audited and the part left out.
	 */
	boolean read(UUID youthId, Category category) {
		return disclosures.decideRead(youthId, category, Purpose.current()).allowed();
	}

	/**
	 * The categories an audit entry records, as its detail starts: {@code base} and those
	 * given, by name, comma-separated.
	 */
	static String categories(Collection<Category> categories, Category base) {
		Set<Category> all = EnumSet.of(base);
		all.addAll(categories);
		return all.stream().map(Category::name).collect(Collectors.joining(","));
	}

}
