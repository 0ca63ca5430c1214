package org.tandem.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
import org.tandem.county.Role;
import org.tandem.instrument.InstrumentDefinition.Kind;
import org.tandem.instrument.InstrumentSummary;
import org.tandem.instrument.Instruments;
import org.tandem.platform.CountyMember;
import org.tandem.platform.Inputs;
import org.tandem.platform.Problems;
import org.tandem.platform.TandemException;

/**
 * The validation page for analysts and county administrators: choose an instrument
 * version, a period and the reference rules; see the ROC curve with the same numbers in a
 * table, the cut-off table with the instrument's thresholds marked, alpha, and the
 * agreement between screeners. What was typed stays on the form, and a bad value is named
 * on its field.
 */
@Controller
@PreAuthorize("hasAnyRole('ANALYST', 'COUNTY_ADMIN')")
class EvidencePages {

	private final Validations validations;

	private final Agreements agreements;

	private final Instruments instruments;

	private final AuditLog audit;

	private final Problems problems;

	EvidencePages(Validations validations, Agreements agreements, Instruments instruments, AuditLog audit,
			Problems problems) {
		this.validations = validations;
		this.agreements = agreements;
		this.instruments = instruments;
		this.audit = audit;
		this.problems = problems;
	}

	/** What the form holds, exactly as typed. */
	record Form(String instrument, String from, String to, String windowDays, String noDeterminationIs) {
	}

	/** One instrument version to choose, as {@code id:version}. */
	record Choice(String value, String label) {
	}

	@GetMapping("/evidence")
	String page(@RequestParam(required = false) String instrument, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String windowDays,
			@RequestParam(required = false) String noDeterminationIs, @AuthenticationPrincipal CountyMember me,
			Locale locale, Model model) {
		List<Choice> choices = choices(locale);
		model.addAttribute("choices", choices);
		model.addAttribute("form", new Form(instrument, from, to, windowDays, noDeterminationIs));
		model.addAttribute("smallestCell", validations.smallestCell());
		if (instrument == null || instrument.isBlank()) {
			return "evidence/validation";
		}
		try {
			String[] chosen = chosen(instrument, choices);
			LocalDate[] period = ValidationParameters.period(from, to, validations.today());
			int window = ValidationParameters.windowDays(windowDays);
			NoDetermination none = ValidationParameters.noDeterminationIs(noDeterminationIs);
			int version = Integer.parseInt(chosen[1]);
			model.addAttribute("report", validations.validate(new ValidationQuery(chosen[0], version, period[0],
					period[1], window, none, ScreeningsCounted.FIRST, List.of())));
			model.addAttribute("agreement", agreements.agreement(chosen[0], version, period[0], period[1],
					ValidationParameters.DEFAULT_PAIRING_DAYS));
			Purpose purpose = me != null && me.roleNames().contains(Role.ANALYST.name()) ? Purpose.RESEARCH
					: Purpose.ADMINISTRATION;
			audit.record(ValidationApi.VIEWED, null, purpose, chosen[0] + " v" + version);
		}
		catch (TandemException ex) {
			model.addAttribute("problem", problems.message(ex.code(), ex.args()));
			model.addAttribute("problemField",
					ex.fieldErrors().isEmpty() ? "instrument" : ex.fieldErrors().get(0).field());
		}
		return "evidence/validation";
	}

	/** The chosen {@code id:version}, which must be one of the choices. */
	private static String[] chosen(String instrument, List<Choice> choices) {
		if (choices.stream().noneMatch(choice -> choice.value().equals(instrument))) {
			throw Inputs.notOneOf("instrument", String.join(", ", choices.stream().map(Choice::value).toList()));
		}
		int colon = instrument.lastIndexOf(':');
		return new String[] { instrument.substring(0, colon), instrument.substring(colon + 1) };
	}

	private List<Choice> choices(Locale locale) {
		List<Choice> choices = new ArrayList<>();
		for (InstrumentSummary summary : instruments.available()) {
			if (summary.kind() != Kind.SCREENING) {
				continue;
			}
			for (int version : summary.versions()) {
				choices.add(new Choice(summary.id() + ":" + version, summary.title().in(locale) + " · v" + version));
			}
		}
		return choices;
	}

}
