package org.tandem.evidence;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.Inputs;
import org.tandem.platform.TandemException;

/**
 * Validation statistics over JSON, for analysts and county administrators. A client
 * states the purpose in {@code Tandem-Purpose}: research (the default here) or
 * administration; any other is refused ({@code T4104}). Every answer is audited, without
 * a youth: it holds aggregates only.
 */
@RestController
@PreAuthorize("hasAnyRole('ANALYST', 'COUNTY_ADMIN')")
class ValidationApi {

	static final String VIEWED = "VALIDATION_VIEWED";

	static final String AGREEMENT_VIEWED = "AGREEMENT_VIEWED";

	private final Validations validations;

	private final Agreements agreements;

	private final AuditLog audit;

	ValidationApi(Validations validations, Agreements agreements, AuditLog audit) {
		this.validations = validations;
		this.agreements = agreements;
		this.audit = audit;
	}

	@GetMapping("/api/v1/validation/{instrumentId}/{version}")
	ValidationReport validation(@PathVariable String instrumentId, @PathVariable int version,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String windowDays, @RequestParam(required = false) String noDeterminationIs,
			@RequestParam(required = false) String screenings, @RequestParam(required = false) String by,
			HttpServletRequest request) {
		Purpose purpose = purpose(request);
		LocalDate[] period = ValidationParameters.period(from, to, validations.today());
		int window = ValidationParameters.windowDays(windowDays);
		NoDetermination none = ValidationParameters.noDeterminationIs(noDeterminationIs);
		ScreeningsCounted counted = orElse(Inputs.choice(ScreeningsCounted.class, screenings, "screenings"),
				ScreeningsCounted.FIRST);
		List<GroupBy> groups = Inputs.choices(GroupBy.class,
				by == null ? List.of() : Arrays.stream(by.split(",")).map(String::strip).toList(), "by");
		ValidationReport report = validations
			.validate(new ValidationQuery(instrumentId, version, period[0], period[1], window, none, counted, groups));
		audit.record(VIEWED, null, purpose, instrumentId + " v" + version);
		return report;
	}

	@GetMapping("/api/v1/validation/{instrumentId}/{version}/agreement")
	AgreementReport agreement(@PathVariable String instrumentId, @PathVariable int version,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String withinDays, HttpServletRequest request) {
		Purpose purpose = purpose(request);
		LocalDate[] period = ValidationParameters.period(from, to, validations.today());
		int within = ValidationParameters.withinDays(withinDays);
		AgreementReport report = agreements.agreement(instrumentId, version, period[0], period[1], within);
		audit.record(AGREEMENT_VIEWED, null, purpose, instrumentId + " v" + version);
		return report;
	}

	/** Research unless stated; only research and administration may see these. */
	private static Purpose purpose(HttpServletRequest request) {
		Purpose purpose = orElse(Inputs.choice(Purpose.class, request.getHeader(Purpose.HEADER), Purpose.HEADER),
				Purpose.RESEARCH);
		if (purpose != Purpose.RESEARCH && purpose != Purpose.ADMINISTRATION) {
			throw new TandemException(ErrorCode.PURPOSE_PROHIBITED, purpose.name());
		}
		return purpose;
	}

	private static <T> T orElse(T value, T otherwise) {
		return value == null ? otherwise : value;
	}

}
