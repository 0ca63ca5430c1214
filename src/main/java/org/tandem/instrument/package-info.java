/**
 * Screening and assessment instruments as data: definition files validated against a
 * published schema, versions that never change once loaded, and the scoring engine that
 * turns answers into indicator scores, a level of concern and a guide to action.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Instruments")
package org.tandem.instrument;
