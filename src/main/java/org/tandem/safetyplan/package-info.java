/**
 * Safety plans: versions that never change once saved (a revision is the next version),
 * and the printable plan for the caregiver in English and Spanish with the youth's first
 * name only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Safety plans")
package org.tandem.safetyplan;
