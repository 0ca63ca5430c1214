/**
 * Response as one team. For now: tasks with owners and clocks that other modules' events create
 * (reports owed within 24 hours of a youth going missing, the debrief within 72 hours of return,
 * the mandated report of a suspicion), computed from recorded event times and durable with them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Response")
package org.tandem.response;
