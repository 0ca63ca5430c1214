package org.tandem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) on a fixed free port of this machine, which can be
 * stopped and started again on the same port to play an outage.
 */
public final class MailServer {

	private final int port;

	private GreenMail greenMail;

	public MailServer() {
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		start();
	}

	public int port() {
		return port;
	}

	public synchronized void start() {
		if (greenMail == null) {
			greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			greenMail.start();
		}
	}

	public synchronized void stop() {
		if (greenMail != null) {
			greenMail.stop();
			greenMail = null;
		}
	}

	public synchronized List<MimeMessage> messages() {
		return greenMail == null ? List.of() : Arrays.asList(greenMail.getReceivedMessages());
	}

	/**
	 * The messages received for one notification (its Message-ID is {@code <id@tandem>}).
	 */
	public List<MimeMessage> forNotification(UUID id) {
		String wanted = "<" + id + "@tandem>";
		return messages().stream().filter(message -> wanted.equals(messageId(message))).toList();
	}

	public static String messageId(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String body(MimeMessage message) {
		try {
			return String.valueOf(message.getContent());
		}
		catch (IOException | MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String to(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
