/**
 * Status without labels: at-risk, suspected and confirmed determinations, each dated,
 * attributed and sourced, closed by a person (ruled out, or resolved with the last known
 * occurrence); and incidents with their types. Details are shown only to the youth's own
 * team.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Status")
package org.tandem.status;
