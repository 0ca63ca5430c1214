package org.tandem.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.Problems;

/**
 * Refuses API bodies over the configured size, whether declared up front (Content-Length)
 * or discovered while reading a chunked body, with a 400 problem rather than reading
 * without end.
 */
@Component
class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final Problems problems;

	RequestSizeLimitFilter(@Value("${tandem.api.max-body-bytes}") long maxBytes, Problems problems) {
		this.maxBytes = maxBytes;
		this.problems = problems;
	}

	/** Bulk imports stream their bodies instead of holding them, so they may be large. */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !path.startsWith("/api/") || path.endsWith("/import");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxBytes) {
			response.setStatus(400);
			problems.write(response, ErrorCode.REQUEST_TOO_LARGE, maxBytes);
			return;
		}
		chain.doFilter(new Limited(request, maxBytes), response);
	}

	static boolean causedByOversizedBody(Throwable ex) {
		return NestedExceptionUtils.getRootCause(ex) instanceof TooLarge || ex.getCause() instanceof TooLarge;
	}

	static long limitOf(Throwable ex) {
		Throwable root = NestedExceptionUtils.getMostSpecificCause(ex);
		return root instanceof TooLarge tooLarge ? tooLarge.limit : 0;
	}

	static final class TooLarge extends IOException {

		final long limit;

		TooLarge(long limit) {
			super("request body larger than " + limit + " bytes");
			this.limit = limit;
		}

	}

	private static final class Limited extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		Limited(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				ServletInputStream in = super.getInputStream();
				stream = new ServletInputStream() {
					private long read;

					@Override
					public int read() throws IOException {
						int b = in.read();
						if (b >= 0 && ++read > limit) {
							throw new TooLarge(limit);
						}
						return b;
					}

					@Override
					public int read(byte[] buffer, int offset, int length) throws IOException {
						int n = in.read(buffer, offset, length);
						if (n > 0 && (read += n) > limit) {
							throw new TooLarge(limit);
						}
						return n;
					}

					@Override
					public boolean isFinished() {
						return in.isFinished();
					}

					@Override
					public boolean isReady() {
						return in.isReady();
					}

					@Override
					public void setReadListener(ReadListener listener) {
						in.setReadListener(listener);
					}
				};
			}
			return stream;
		}

	}

}
