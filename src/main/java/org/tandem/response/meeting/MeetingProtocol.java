package org.tandem.response.meeting;

import org.springframework.stereotype.Component;
import org.tandem.response.TeamResponse;
import org.tandem.response.protocol.Protocol;
import org.tandem.response.protocol.ProtocolCatalogue;

/** The protocol a response runs under, the one place meetings ask for it. */
@Component
class MeetingProtocol {

	private final ProtocolCatalogue protocols;

	MeetingProtocol(ProtocolCatalogue protocols) {
		this.protocols = protocols;
	}

	Protocol of(TeamResponse response) {
		return protocolOf(response);
	}

	/** For now the shipped model protocol; with county versions, the version the response started under. */
	private Protocol protocolOf(TeamResponse response) {
		return protocols.shipped();
	}
}
