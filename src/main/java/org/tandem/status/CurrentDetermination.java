package org.tandem.status;

import java.time.LocalDate;

/**
 * A determination still in force, as the summary at the top of a youth's record shows it.
 *
 * @param kind AT_RISK, SUSPECTED or CONFIRMED
 */
public record CurrentDetermination(String kind, LocalDate determinedOn) {
}
