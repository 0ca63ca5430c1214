/**
 * Tasks with owners and deadlines: those the law and the protocol require when other
 * modules' events happen (reports owed within 24 hours of a youth going missing, the
 * debrief within 72 hours of return, the mandated report of a suspicion, an immediate
 * crisis's 72-hour tasks) and the action items of MDT meetings; computed from recorded
 * event times, durable with them, alarmed when overdue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tasks")
package org.tandem.task;
