package org.tandem.instrument;

import java.util.List;

/**
 * An instrument exactly as its definition file states it (see
 * {@code instruments/instrument.schema.json}). Optional parts are null when absent.
 */
public record InstrumentDefinition(String id, int version, Kind kind, Form form, boolean validated, Text title,
		Text description, Text notice, String source, List<String> intendedRoles, List<String> defaultForRoles,
		AgeRange ageRange, List<Scale> scales, List<Indicator> indicators, Scoring scoring) {

	public enum Kind {

		SCREENING, ASSESSMENT

	}

	public enum Form {

		FULL, BRIEF

	}

	public enum ItemType {

		INDICATOR, NEED, STRENGTH

	}

	/** How points combine: within an indicator, and across indicators. */
	public enum Combine {

		SUM, COUNT, MAX, ACTIONABLE

	}

	/** A follow-up a level of concern may propose; a person always decides. */
	public enum Proposal {

		AT_RISK_DETERMINATION, SUSPECTED_DETERMINATION, INITIAL_MDT, IMMEDIATE_CRISIS_RESPONSE, ASSESSMENT, SAFETY_PLAN,
		MANDATED_REPORT

	}

	public record AgeRange(int min, int max) {
	}

	public record Scale(String id, Integer actionableFrom, List<Option> options) {
	}

	public record Option(String value, Text label, Integer points, Boolean notEnoughInformation) {

		public boolean isNotEnoughInformation() {
			return Boolean.TRUE.equals(notEnoughInformation);
		}
	}

	public record Indicator(String id, Text title, Integer weight, List<Item> items) {

		public int weightOrOne() {
			return weight == null ? 1 : weight;
		}
	}

	public record Item(String id, Text text, Text help, String scale, Boolean required, Integer weight, Boolean reverse,
			ItemType type) {

		public boolean isRequired() {
			return required == null || required;
		}

		public int weightOrOne() {
			return weight == null ? 1 : weight;
		}

		public boolean isReverse() {
			return Boolean.TRUE.equals(reverse);
		}

		public ItemType typeOrIndicator() {
			return type == null ? ItemType.INDICATOR : type;
		}
	}

	public record Scoring(int version, Combine indicatorScore, List<Band> indicatorBands, Combine overall,
			List<Level> levels) {
	}

	/**
	 * Maps an indicator score in [from, to] to points; {@code to} is null on the open
	 * last band.
	 */
	public record Band(int from, Integer to, Text label, int points) implements Range {
	}

	public record Level(String id, int from, Integer to, Text label, Guide guide) implements Range {
	}

	public record Guide(Text summary, List<Text> steps, List<Proposal> propose, Integer rescreenInDays) {
	}

	/** An inclusive range of scores; the last of a list may be open-ended. */
	public interface Range {

		int from();

		Integer to();

		default boolean contains(int score) {
			return score >= from() && (to() == null || score <= to());
		}

	}
}
