package org.tandem.platform;

import java.util.Set;
import java.util.UUID;

/**
 * Who is acting, as far as the platform needs to know: the county that scopes every
 * transaction and the attributes the audit log records. Implemented by the signed-in
 * user.
 */
public interface CountyMember {

	UUID userId();

	String username();

	UUID countyId();

	UUID agencyId();

	Set<String> roleNames();

}
