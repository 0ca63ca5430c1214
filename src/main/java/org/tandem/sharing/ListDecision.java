package org.tandem.sharing;

import java.util.Map;

/**
 * The decision point's answers about one youth of a list: the categories asked for, and
 * whether the viewer's agency is on the youth's team (a list "of my agency" keeps those).
 */
public record ListDecision(boolean onTeam, Map<Category, Decision> decisions) {

	public boolean allowed(Category category) {
		Decision decision = decisions.get(category);
		return decision != null && decision.allowed();
	}
}
