package org.tandem.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tandem.instrument.Instrument;
import org.tandem.instrument.InstrumentDefinition.Indicator;
import org.tandem.instrument.InstrumentDefinition.Item;
import org.tandem.instrument.InstrumentDefinition.Option;

/**
 * The points of each item as the instrument scores them (reversed items reversed, before
 * any weight), for Cronbach's alpha. "Not enough information", no answer and an answer
 * outside the scale are missing ({@code NaN}): alpha leaves them out item-wise.
 */
final class ItemPoints {

	private final Instrument instrument;

	private final List<Item> items = new ArrayList<>();

	private final Map<String, List<Integer>> byIndicator = new LinkedHashMap<>();

	ItemPoints(Instrument instrument) {
		this.instrument = instrument;
		for (Indicator indicator : instrument.definition().indicators()) {
			List<Integer> columns = new ArrayList<>();
			for (Item item : indicator.items()) {
				columns.add(items.size());
				items.add(item);
			}
			byIndicator.put(indicator.id(), columns);
		}
	}

	List<Item> items() {
		return items;
	}

	/** Column indexes of each indicator's items, in the instrument's order. */
	Map<String, List<Integer>> byIndicator() {
		return byIndicator;
	}

	double[] row(Map<String, String> answers) {
		double[] row = new double[items.size()];
		for (int i = 0; i < row.length; i++) {
			row[i] = points(items.get(i), answers.get(items.get(i).id()));
		}
		return row;
	}

	private double points(Item item, String answer) {
		List<Option> options = instrument.scaleOf(item).options();
		Option chosen = options.stream().filter(o -> o.value().equals(answer)).findFirst().orElse(null);
		if (chosen == null || chosen.isNotEnoughInformation() || chosen.points() == null) {
			return Double.NaN;
		}
		if (!item.isReverse()) {
			return chosen.points();
		}
		int highest = options.stream()
			.filter(o -> !o.isNotEnoughInformation() && o.points() != null)
			.mapToInt(Option::points)
			.max()
			.orElse(0);
		return highest - chosen.points();
	}

}
