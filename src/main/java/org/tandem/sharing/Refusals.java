package org.tandem.sharing;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.audit.AuditLog;
import org.tandem.platform.Tenancy;

/**
 * Refused reads are in the audit log too: who tried (the entry's actor), which category,
 * for what purpose and why not (the detail: category and reason code, e.g.
 * {@code LOCATION T4106}). A refusal usually ends its request with an error that rolls
 * its transaction back, and an entry written in it would go too; so the entry is written
 * when that transaction has ended, in one of its own (the audit chain's lock is free by
 * then).
 */
@Component
class Refusals {

	static final String REFUSED = "ACCESS_REFUSED";

	private final AuditLog audit;

	private final TransactionTemplate own;

	Refusals(AuditLog audit, PlatformTransactionManager transactions) {
		this.audit = audit;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	void record(UUID youthId, Decision refused) {
		if (refused.allowed() || Tenancy.currentMember().isEmpty()) {
			return;
		}
		Runnable write = () -> own.executeWithoutResult(status -> audit.record(REFUSED, youthId, refused.purpose(),
				refused.category().name() + " " + refused.reason().code()));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					write.run();
				}
			});
		}
		else {
			write.run();
		}
	}

}
