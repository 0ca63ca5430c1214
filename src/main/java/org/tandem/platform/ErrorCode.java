package org.tandem.platform;

import org.springframework.http.HttpStatus;

/**
 * The one catalogue of errors a user or client can meet. Codes are stable: clients may match on
 * them, so never renumber; retire a code by leaving it unused (marked "retired: " with the code that
 * replaces it). Texts live in the message bundles under {@code error.<code>}, in English and Spanish.
 */
public enum ErrorCode {

	// 1xxx: the request itself
	T1000("malformed-request", HttpStatus.BAD_REQUEST),
	T1001("request-too-large", HttpStatus.BAD_REQUEST),
	T1002("validation-failed", HttpStatus.BAD_REQUEST),
	T1003("invalid-parameter", HttpStatus.BAD_REQUEST),
	T1004("not-found", HttpStatus.NOT_FOUND),
	T1005("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED),
	T1006("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
	T1007("not-authenticated", HttpStatus.UNAUTHORIZED),
	T1008("access-denied", HttpStatus.FORBIDDEN),
	T1009("conflict", HttpStatus.CONFLICT),
	T1010("not-acceptable", HttpStatus.NOT_ACCEPTABLE),
	// The input toolkit (Inputs): the same answer for the same kind of bad value, in every module.
	T1011("text-too-long", HttpStatus.BAD_REQUEST),
	T1012("reason-required", HttpStatus.BAD_REQUEST),
	T1013("not-one-of-the-values", HttpStatus.BAD_REQUEST),
	T1014("date-invalid", HttpStatus.BAD_REQUEST),
	T1015("date-time-invalid", HttpStatus.BAD_REQUEST),
	T1016("number-out-of-range", HttpStatus.BAD_REQUEST),
	T1099("internal-error", HttpStatus.INTERNAL_SERVER_ERROR),

	// 2xxx: counties, agencies, users, training
	T2001("agency-not-found", HttpStatus.NOT_FOUND),
	T2002("agency-name-taken", HttpStatus.CONFLICT),
	T2003("user-not-found", HttpStatus.NOT_FOUND),
	T2004("username-taken", HttpStatus.CONFLICT),
	T2005("password-too-weak", HttpStatus.BAD_REQUEST),
	T2006("training-dates-inverted", HttpStatus.BAD_REQUEST),
	T2007("no-local-account-for-token", HttpStatus.UNAUTHORIZED),
	T2008("demo-refused-real-data", HttpStatus.CONFLICT),
	T2009("agency-not-in-county", HttpStatus.BAD_REQUEST),

	// 3xxx: youth registry
	T3001("youth-not-found", HttpStatus.NOT_FOUND),
	T3002("date-of-birth-in-future", HttpStatus.BAD_REQUEST),
	T3003("possible-duplicate", HttpStatus.CONFLICT),
	T3004("race-declined-with-others", HttpStatus.BAD_REQUEST),
	T3005("youth-changed-meanwhile", HttpStatus.CONFLICT),
	T3006("date-of-birth-implausible", HttpStatus.BAD_REQUEST),

	// 41xx: sharing (disclosure rules, consent, break-glass, team membership)
	T4101("disclosure-rules-version-not-newer", HttpStatus.CONFLICT),
	T4102("requires-youth-consent", HttpStatus.FORBIDDEN),
	T4103("only-while-on-team", HttpStatus.FORBIDDEN),
	T4104("purpose-prohibited", HttpStatus.FORBIDDEN),
	T4105("role-not-allowed", HttpStatus.FORBIDDEN),
	T4106("youth-refused-sharing", HttpStatus.FORBIDDEN),
	T4107("consent-recipient-required", HttpStatus.BAD_REQUEST),
	T4108("consent-expires-before-given", HttpStatus.BAD_REQUEST),
	T4109("unknown-category", HttpStatus.BAD_REQUEST), // retired: T1013
	T4110("consent-not-found", HttpStatus.NOT_FOUND),
	T4111("consent-already-revoked", HttpStatus.CONFLICT),
	T4112("reason-required", HttpStatus.BAD_REQUEST), // retired: T1012
	T4113("break-glass-reason-too-short", HttpStatus.BAD_REQUEST),
	T4114("break-glass-not-found", HttpStatus.NOT_FOUND),
	T4115("break-glass-already-reviewed", HttpStatus.CONFLICT),
	T4116("break-glass-own-review", HttpStatus.FORBIDDEN),
	T4117("break-glass-not-for-role", HttpStatus.FORBIDDEN),
	T4118("not-on-team", HttpStatus.NOT_FOUND),
	T4119("consent-decision-invalid", HttpStatus.BAD_REQUEST), // retired: T1013
	T4120("consent-categories-required", HttpStatus.BAD_REQUEST),
	T4121("unknown-purpose", HttpStatus.BAD_REQUEST), // retired: T1013
	T4122("review-outcome-invalid", HttpStatus.BAD_REQUEST), // retired: T1013
	T4123("may-not-record-consent", HttpStatus.FORBIDDEN),
	T4124("may-not-review-break-glass", HttpStatus.FORBIDDEN),
	T4125("consent-date-invalid", HttpStatus.BAD_REQUEST),
	T4126("sharing-text-too-long", HttpStatus.BAD_REQUEST), // retired: T1011
	T4127("consent-recipient-unknown", HttpStatus.BAD_REQUEST),
	T4128("youth-not-in-county", HttpStatus.NOT_FOUND),
	T4129("one-recipient-only", HttpStatus.BAD_REQUEST),
	T4130("youth-may-not-refuse", HttpStatus.CONFLICT),


	// 5xxx: definitions (instruments first)
	// T5001 covers every definition file, whatever its kind (definition.DefinitionKind).
	T5001("definition-invalid", HttpStatus.BAD_REQUEST),
	T5002("instrument-version-exists", HttpStatus.CONFLICT),
	T5003("instrument-not-found", HttpStatus.NOT_FOUND),
	// T5004-T5006: the refusals of a definition kind that states no codes of its own (definition.DefinitionKind).
	T5004("definition-version-exists", HttpStatus.CONFLICT),
	T5005("definition-version-not-newer", HttpStatus.CONFLICT),
	T5006("definition-version-not-found", HttpStatus.NOT_FOUND),

	// 6xxx: screenings
	T6001("screening-not-found", HttpStatus.NOT_FOUND),
	T6002("unknown-item", HttpStatus.BAD_REQUEST),
	T6003("answer-outside-scale", HttpStatus.BAD_REQUEST),
	T6004("required-items-missing", HttpStatus.BAD_REQUEST),
	T6005("training-required", HttpStatus.FORBIDDEN),
	T6006("screening-already-submitted", HttpStatus.CONFLICT),
	T6007("script-not-confirmed", HttpStatus.BAD_REQUEST),
	T6008("amendment-reason-required", HttpStatus.BAD_REQUEST), // retired: T1012
	T6009("unknown-source", HttpStatus.BAD_REQUEST), // retired: T1013
	T6010("screening-not-submitted", HttpStatus.CONFLICT),
	T6011("csv-unreadable", HttpStatus.BAD_REQUEST),
	T6012("screening-date-invalid", HttpStatus.BAD_REQUEST),

	// 7xxx: determinations and incidents
	T7001("determination-not-found", HttpStatus.NOT_FOUND),
	T7002("date-in-future", HttpStatus.BAD_REQUEST),
	T7003("source-required", HttpStatus.BAD_REQUEST),
	T7004("already-closed", HttpStatus.CONFLICT),
	T7005("incident-type-required", HttpStatus.BAD_REQUEST),
	T7006("unknown-value", HttpStatus.BAD_REQUEST), // retired: T1013
	T7007("screening-of-another-youth", HttpStatus.BAD_REQUEST),
	T7008("date-range-inverted", HttpStatus.BAD_REQUEST),
	T7009("incident-not-found", HttpStatus.NOT_FOUND),
	T7010("status-restricted", HttpStatus.FORBIDDEN), // retired: the sharing decision point (T41xx) explains refusals
	T7011("before-birth", HttpStatus.BAD_REQUEST),

	// 8xxx: placements and runaway episodes
	T8001("placements-overlap", HttpStatus.CONFLICT),
	T8002("episode-not-found", HttpStatus.NOT_FOUND),
	T8003("episode-ends-before-start", HttpStatus.BAD_REQUEST),
	T8004("episode-already-ended", HttpStatus.CONFLICT),
	T8005("episode-already-open", HttpStatus.CONFLICT),
	T8006("placement-ends-before-start", HttpStatus.BAD_REQUEST),
	T8007("episode-overlaps-earlier", HttpStatus.CONFLICT),

	// 9xxx: tasks
	T9001("task-not-found", HttpStatus.NOT_FOUND),
	T9002("task-already-done", HttpStatus.CONFLICT),
	T9003("report-number-required", HttpStatus.BAD_REQUEST),
	T9004("response-not-found", HttpStatus.NOT_FOUND),
	T9005("clock-not-found", HttpStatus.NOT_FOUND),
	T9006("breach-reason-required", HttpStatus.BAD_REQUEST),
	T9007("no-lead-agency", HttpStatus.BAD_REQUEST),
	T9008("clock-already-met", HttpStatus.CONFLICT),
	T9009("response-already-closed", HttpStatus.CONFLICT),
	T9010("response-clocks-open", HttpStatus.CONFLICT),
	T9011("close-reason-required", HttpStatus.BAD_REQUEST), // retired: T1012
	T9012("not-the-lead-of-the-response", HttpStatus.FORBIDDEN),
	T9013("not-an-open-mandated-report", HttpStatus.BAD_REQUEST),

	// 91xx: county protocol versions
	T9101("protocol-version-exists", HttpStatus.CONFLICT),
	T9102("protocol-version-not-higher", HttpStatus.CONFLICT),
	T9103("protocol-lead-agency-missing", HttpStatus.BAD_REQUEST),
	T9104("protocol-version-not-found", HttpStatus.NOT_FOUND),

	// 92xx: MDT meetings and minutes
	T9201("meeting-not-found", HttpStatus.NOT_FOUND),
	T9202("agency-not-allowed-for-tier", HttpStatus.BAD_REQUEST),
	T9203("no-meeting-lead", HttpStatus.BAD_REQUEST),
	T9204("meeting-not-happened-yet", HttpStatus.CONFLICT),
	T9205("minutes-already-recorded", HttpStatus.CONFLICT),
	T9206("action-item-owner-required", HttpStatus.BAD_REQUEST),
	T9207("action-item-due-required", HttpStatus.BAD_REQUEST),
	T9208("action-item-title-required", HttpStatus.BAD_REQUEST),
	T9209("script-not-read-reason-required", HttpStatus.BAD_REQUEST),
	T9210("meeting-cancelled", HttpStatus.CONFLICT),
	T9211("case-review-needs-two-youth", HttpStatus.BAD_REQUEST),
	T9212("youth-has-no-response", HttpStatus.CONFLICT),
	T9213("unknown-agency", HttpStatus.BAD_REQUEST),
	T9214("unknown-person", HttpStatus.BAD_REQUEST),
	T9215("proposal-not-found", HttpStatus.NOT_FOUND),
	T9216("proposal-closed", HttpStatus.CONFLICT),
	T9217("not-an-mdt-trigger", HttpStatus.BAD_REQUEST),
	T9218("invitation-not-of-meeting", HttpStatus.BAD_REQUEST),
	T9219("youth-not-in-meeting", HttpStatus.BAD_REQUEST),
	T9220("meeting-time-required", HttpStatus.BAD_REQUEST),
	T9221("reason-required", HttpStatus.BAD_REQUEST), // retired: T1012
	T9222("text-too-long", HttpStatus.BAD_REQUEST), // retired: T1011
	T9223("held-before-scheduled-day", HttpStatus.BAD_REQUEST),
	T9224("proposal-of-another-youth", HttpStatus.BAD_REQUEST),
	T9225("not-the-lead-agency", HttpStatus.FORBIDDEN),
	T9226("minutes-of-a-scheduled-meeting-only", HttpStatus.CONFLICT),

	// 93xx: safety plans and assessments
	T9301("safety-plan-not-found", HttpStatus.NOT_FOUND),
	T9302("safety-plan-revised-meanwhile", HttpStatus.CONFLICT),
	T9303("participation-reason-required", HttpStatus.BAD_REQUEST),
	T9304("participation-not-recorded", HttpStatus.BAD_REQUEST),
	T9305("safety-plan-text-too-long", HttpStatus.BAD_REQUEST), // retired: T1011
	T9306("safety-plan-list-too-long", HttpStatus.BAD_REQUEST),
	T9307("run-step-incomplete", HttpStatus.BAD_REQUEST),
	T9308("print-language-unsupported", HttpStatus.BAD_REQUEST),
	T9309("assessment-scope-unknown", HttpStatus.BAD_REQUEST), // retired: T1013

	// 94xx: notifications
	T9401("notification-not-found", HttpStatus.NOT_FOUND),

	// 95xx: hotline reports and engagement
	T9501("hotline-youth-required", HttpStatus.BAD_REQUEST),
	T9502("hotline-concerns-required", HttpStatus.BAD_REQUEST),
	T9503("text-too-long", HttpStatus.BAD_REQUEST), // retired: T1011
	T9504("not-one-of-the-choices", HttpStatus.BAD_REQUEST), // retired: T1013
	T9505("hotline-received-at-required", HttpStatus.BAD_REQUEST),
	T9506("hotline-report-not-found", HttpStatus.NOT_FOUND),
	T9507("engagement-only-for-immediate-crisis", HttpStatus.CONFLICT),
	T9508("engagement-changed-meanwhile", HttpStatus.CONFLICT),
	T9509("before-identification", HttpStatus.BAD_REQUEST),
	T9510("crisis-already-open", HttpStatus.CONFLICT),
	T9511("evaluation-completed-before-scheduled", HttpStatus.BAD_REQUEST),

	;

	private final String slug;
	private final HttpStatus status;

	ErrorCode(String slug, HttpStatus status) {
		this.slug = slug;
		this.status = status;
	}

	public String slug() {
		return slug;
	}

	public HttpStatus status() {
		return status;
	}

	/** Key of the human message in the bundles. */
	public String messageKey() {
		return "error." + name();
	}
}
