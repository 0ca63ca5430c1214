package org.tandem.youth;

import java.util.regex.Pattern;

import org.tandem.platform.ErrorCode;
import org.tandem.platform.Inputs;
import org.tandem.platform.TandemException;

/**
 * Who provides a placement, as typed until the resource directory exists (then an entry
 * of it): name, address and phone, and whether the address is confidential (a safe
 * house), which the pages say next to it. The address is the youth's location: read only
 * where the decision point allows it.
 */
public record Provider(String name, String address, String phone, boolean confidential) {

	static final int MAX_NAME = 200, MAX_ADDRESS = 500, MAX_PHONE = 40;

	/** Digits with the usual separators, an optional leading + and an extension. */
	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ().\\-]*(\\s*(x|ext\\.?)\\s*[0-9]+)?",
			Pattern.CASE_INSENSITIVE);

	/** The provider as typed, checked field by field; null when nothing was typed. */
	static Provider of(String name, String address, String phone, Boolean confidential) {
		String n = Inputs.text(name, "provider.name", MAX_NAME);
		String a = Inputs.text(address, "provider.address", MAX_ADDRESS);
		String p = Inputs.text(phone, "provider.phone", MAX_PHONE);
		if (p != null && !PHONE.matcher(p).matches()) {
			throw TandemException.onField(ErrorCode.INVALID_PARAMETER, "provider.phone", "provider.phone");
		}
		boolean secret = Boolean.TRUE.equals(confidential);
		if (n == null && a == null && p == null) {
			return secret ? new Provider(null, null, null, true) : null;
		}
		return new Provider(n, a, p, secret);
	}
}
