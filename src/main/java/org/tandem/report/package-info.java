/**
 * Reports: counts for the steering committee and the state (youth identified, screenings,
 * MDT timeliness), as pages with charts and tables, an API, CSV and XLSX. SQL-first
 * through views this module owns; every count passes
 * {@link org.tandem.platform.Suppression}, and no row about a single youth leaves the
 * module. It sits on the top floor of the module graph: no module depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package org.tandem.report;
