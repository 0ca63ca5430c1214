package org.tandem.response;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tandem.audit.Purpose;
import org.tandem.sharing.Category;
import org.tandem.sharing.Decision;
import org.tandem.sharing.Disclosures;

/**
 * How the response module asks the county's decision point ({@link Disclosures}) for the
 * signed-in person and the purpose of the request: one youth's record (refused with the
 * explanation) or the rows of a list (those of youth the person may not see are left out,
 * one decision per youth).
 *
 * <p>
 * Responses, clocks, tasks, meetings, minutes and MDT proposals are
 * {@link Category#MDT_MINUTES}; hotline reports {@link Category#CSE_STATUS}; the
 * engagement record {@link Category#LOCATION}; safety plans {@link Category#SAFETY_PLAN};
 * the assessment schedule {@link Category#ASSESSMENTS}. What a part of them reveals
 * beyond that asks for its own category too, and is left out (lists) or explained
 * (sections) where it may not be seen: a task's title (its type's category), a proposed
 * MDT's reason (a runaway, a trafficker's threat), where the hotline heard the youth was,
 * the hotline report on the engagement page, a safety plan's steps if the youth runs and
 * transport. Starting a response (or recording a hotline report) needs
 * {@link Category#IDENTITY} only: the hotline must be able to report any youth of the
 * county.
 */
@Component
public class ResponseSharing {

	private final Disclosures disclosures;

	private final org.tandem.sharing.Denials denials;

	ResponseSharing(Disclosures disclosures, org.tandem.sharing.Denials denials) {
		this.disclosures = disclosures;
		this.denials = denials;
	}

	/**
	 * A section of the youth's record: the view {@code allowed} fills in when the person
	 * may see the category, otherwise the explanation in its place (never a blank
	 * section), with the hint to request emergency access where the rules let it open the
	 * category.
	 */
	public String section(UUID youthId, Category category, String titleKey, Model model,
			java.util.function.Supplier<String> allowed) {
		return denials.section(youthId, category, titleKey, model, allowed);
	}

	/**
	 * For a part of a page that reveals another category than the page itself: null when
	 * the person may see it, otherwise the explanation to show in its place
	 * ({@code sharing/denied :: explanation}).
	 */
	public org.tandem.sharing.Denials.Denial denial(UUID youthId, Category category) {
		return denials.denial(youthId, category);
	}

	/**
	 * Allowed, or the explained denial thrown (403). Call before anything is read or
	 * audited as seen.
	 */
	public Decision require(UUID youthId, Category category) {
		return disclosures.require(youthId, category, Purpose.current());
	}

	public Decision decide(UUID youthId, Category category) {
		return disclosures.decide(youthId, category, Purpose.current());
	}

	/**
	 * The rows about youth the signed-in person may see in this category; one decision
	 * per youth.
	 */
	public <T> List<T> visible(List<T> rows, Function<T, UUID> youth, Category category) {
		return disclosures.visible(rows, youth, category, Purpose.current());
	}

	/**
	 * As {@link #visible}, for rows about several youth (a case review): kept only if all
	 * may be seen.
	 */
	public <T> List<T> visibleAll(List<T> rows, Function<T, Collection<UUID>> youth, Category category) {
		return disclosures.visibleAll(rows, youth, category, Purpose.current());
	}

}
