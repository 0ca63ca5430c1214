package org.tandem.service;

import java.util.List;
import java.util.Optional;

import org.tandem.definition.Versioned;
import org.tandem.instrument.Text;
import org.tandem.sharing.Category;

/**
 * One version of the holistic-needs taxonomy, exactly as its file states it (see
 * {@code services/holistic-needs.schema.json}): the needs a youth's service plan can
 * name.
 */
public record HolisticNeeds(String id, int version, Text title, List<Need> needs) implements Versioned {

	/**
	 * A need: its stable code, the top-level need that groups it (null for a top-level
	 * one), the category of the youth's information a plan need of this kind is, and the
	 * assessment items ({@code instrument/item}) that suggest it.
	 */
	public record Need(String code, Text title, String parent, Category category, List<String> suggestedBy) {

		public List<String> suggestedByOrNone() {
			return suggestedBy == null ? List.of() : suggestedBy;
		}
	}

	public Optional<Need> need(String code) {
		return needs.stream().filter(need -> need.code().equals(code)).findFirst();
	}

	/** The needs an assessment item suggests, in the taxonomy's order. */
	public List<Need> suggestedBy(String instrumentId, String itemId) {
		String item = instrumentId + "/" + itemId;
		return needs.stream().filter(need -> need.suggestedByOrNone().contains(item)).toList();
	}

}
