/**
 * Outcomes: the county's outcome framework (13 domains and their measures, a versioned
 * definition), dated observations of a youth's measures, measures derived from what
 * Tandem already holds (runaway episodes, placements, incidents), stages of change per
 * concern and harm-reduction notes. Progress is read as increments: each series answers
 * with its change from the previous value and a trend that honours the measure's
 * direction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outcomes")
package org.tandem.outcome;
