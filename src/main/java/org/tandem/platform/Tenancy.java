package org.tandem.platform;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides which county a transaction belongs to. Normally the signed-in user's; system
 * work (demo seeding, sign-in bookkeeping, scheduled jobs) names a county explicitly with
 * {@link #inCounty}. With neither, the database sees no county and row-level security
 * shows nothing: the safe default.
 */
@Component
public class Tenancy {

	private static final ThreadLocal<UUID> EXPLICIT = new ThreadLocal<>();

	private final TransactionTemplate transactions;

	public Tenancy(PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** Runs work in its own transaction scoped to the given county. */
	public <T> T inCounty(UUID countyId, Supplier<T> work) {
		UUID previous = EXPLICIT.get();
		EXPLICIT.set(countyId);
		try {
			return transactions.execute(status -> work.get());
		}
		finally {
			if (previous == null) {
				EXPLICIT.remove();
			}
			else {
				EXPLICIT.set(previous);
			}
		}
	}

	public void inCounty(UUID countyId, Runnable work) {
		inCounty(countyId, () -> {
			work.run();
			return null;
		});
	}

	public static Optional<UUID> currentCounty() {
		UUID explicit = EXPLICIT.get();
		if (explicit != null) {
			return Optional.of(explicit);
		}
		return currentMember().map(CountyMember::countyId);
	}

	public static Optional<CountyMember> currentMember() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CountyMember member) {
			return Optional.of(member);
		}
		return Optional.empty();
	}

}
