package org.tandem.safetyplan;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;
import org.tandem.youth.Youth;
import org.tandem.youth.YouthRegistry;

/**
 * A version as the PDF download the caregiver gets. The file name carries no name of the
 * youth (it travels in mail and download folders): {@code safety-plan-v2-es.pdf}.
 */
@Component
class SafetyPlanPrinter {

	static final List<String> LANGUAGES = List.of("en", "es");

	private final SafetyPlans plans;

	private final YouthRegistry youth;

	private final SafetyPlanPdf pdf;

	SafetyPlanPrinter(SafetyPlans plans, YouthRegistry youth, SafetyPlanPdf pdf) {
		this.plans = plans;
		this.youth = youth;
		this.pdf = pdf;
	}

	@Transactional
	ResponseEntity<byte[]> download(UUID youthId, int version, String language) {
		String lang = language == null ? "en" : language.strip().toLowerCase(Locale.ROOT);
		if (!LANGUAGES.contains(lang)) {
			throw TandemException.onField(ErrorCode.PRINT_LANGUAGE_UNSUPPORTED, "lang");
		}
		SafetyPlan plan = plans.forPrinting(youthId, version, lang);
		byte[] body = pdf.render(plan, firstName(youth.view(youthId)), Locale.forLanguageTag(lang));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("safety-plan-v" + version + "-" + lang + ".pdf", StandardCharsets.US_ASCII)
						.build()
						.toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

	/**
	 * The name the youth goes by, first word only: never the family name on a paper that
	 * may be lost.
	 */
	static String firstName(Youth youth) {
		String name = youth.preferredName() != null && !youth.preferredName().isBlank() ? youth.preferredName()
				: youth.firstName();
		return name == null ? null : name.strip().split("\\s+")[0];
	}

}
