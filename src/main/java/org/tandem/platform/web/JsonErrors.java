package org.tandem.platform.web;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/** Says where a JSON body went wrong without echoing what was in it. */
final class JsonErrors {

	private JsonErrors() {
	}

	static String describe(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getCause();
		if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			String path = databind.getPath()
				.stream()
				.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
				.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
				.orElse("?");
			return "field '" + path + "' has a value of the wrong type or format";
		}
		if (cause instanceof JacksonException jackson && jackson.getLocation() != null) {
			return "not valid JSON near line " + jackson.getLocation().getLineNr() + ", column "
					+ jackson.getLocation().getColumnNr();
		}
		return "the body is missing or is not JSON";
	}
}
