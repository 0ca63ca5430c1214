/**
 * Universal screening: drafts that never lose an answer, submission with the
 * pre-screening script confirmed, results with a guide to action, amendments that keep
 * the original, re-scoring under later versions, the schedule of who is due, and bulk
 * import of historical screenings.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Screening")
package org.tandem.screening;
