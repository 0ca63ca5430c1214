package org.tandem.platform;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class TransactionConfiguration {

	@Bean
	PlatformTransactionManager transactionManager(DataSource dataSource) {
		return new CountyScopedTransactionManager(dataSource);
	}

	/** One clock for the whole application, so tests can reason about time. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
