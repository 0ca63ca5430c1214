package org.tandem.platform;

import java.util.OptionalDouble;

/**
 * One count as it may be shown outside a youth's own team: either its value, or hidden
 * (shown as the suppression marker, such as {@code <11}). A hidden count does not carry
 * its value, so nothing downstream can leak it.
 */
public final class Count {

	private final long value;

	private final String hiddenAs;

	private Count(long value, String hiddenAs) {
		this.value = value;
		this.hiddenAs = hiddenAs;
	}

	static Count shown(long value) {
		return new Count(value, null);
	}

	static Count hidden(String marker) {
		return new Count(-1, marker);
	}

	public boolean isHidden() {
		return this.hiddenAs != null;
	}

	/** The value of a shown count; a hidden count has none to give. */
	public long value() {
		if (isHidden()) {
			throw new IllegalStateException("a hidden count has no value to show");
		}
		return this.value;
	}

	/** The value as a number, or the marker as text: what an API row carries. */
	public Object json() {
		return isHidden() ? this.hiddenAs : (Object) this.value;
	}

	/** The value or the marker, as a table cell or a CSV field shows it. */
	public String text() {
		return isHidden() ? this.hiddenAs : Long.toString(this.value);
	}

	/**
	 * This count as a percentage of {@code whole}: empty when either is hidden (a share
	 * of a hidden count would reveal it) or the whole is zero.
	 */
	public OptionalDouble percentOf(Count whole) {
		if (isHidden() || whole.isHidden() || whole.value == 0) {
			return OptionalDouble.empty();
		}
		return OptionalDouble.of(100.0 * this.value / whole.value);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Count count && count.value == this.value
				&& java.util.Objects.equals(count.hiddenAs, this.hiddenAs);
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hash(this.value, this.hiddenAs);
	}

	@Override
	public String toString() {
		return text();
	}

}
