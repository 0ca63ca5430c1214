/**
 * MDT meetings: scheduling with the protocol's required agencies invited, the
 * confidentiality script, the minutes (attendance, the youth's voice, decisions, action
 * items that become tasks) that meet the MDT clocks, and the proposed ongoing MDTs that
 * responses and runaway episodes call for.
 */
@org.springframework.modulith.ApplicationModule(displayName = "MDT meetings")
package org.tandem.meeting;
