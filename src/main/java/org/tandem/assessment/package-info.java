/**
 * The needs and strengths assessment schedule: due on identification, after a placement
 * change and every six months; one done by any agency counts for all.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Needs and strengths assessment")
package org.tandem.assessment;
