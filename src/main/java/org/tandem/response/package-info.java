/**
 * The team response to a youth: hotline reports, responses under the county protocol with
 * their clocks (computed from the recorded identification time, alarmed near and past
 * their deadlines), the clock board, and an immediate crisis's engagement record.
 * Publishes {@link org.tandem.response.ResponseStarted} and
 * {@link org.tandem.response.EngagementSaved}; tasks, meetings and assessments follow
 * from them in their own modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Response")
package org.tandem.response;
