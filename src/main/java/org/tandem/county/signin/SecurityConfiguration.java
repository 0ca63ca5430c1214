package org.tandem.county.signin;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.tandem.county.Role;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.Problems;

/**
 * Two doors. The JSON API under {@code /api/} is stateless: HTTP Basic for local accounts
 * and, when an OIDC issuer is configured, bearer tokens; no session, no CSRF token
 * needed. Pages use a form sign-in with a session, CSRF protection and a time-out.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, Problems problems, ObjectProvider<JwtDecoder> jwtDecoder,
			BearerTokenAccounts bearerAccounts) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.httpBasic(basic -> basic.authenticationEntryPoint((request, response, ex) -> {
				response.setHeader("WWW-Authenticate", "Basic realm=\"Tandem\"");
				problems.write(response, ErrorCode.NOT_AUTHENTICATED);
			}))
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint(
						(request, response, ex) -> problems.write(response, ErrorCode.NOT_AUTHENTICATED))
				.accessDeniedHandler((request, response, ex) -> problems.write(response, ErrorCode.ACCESS_DENIED)));
		if (jwtDecoder.getIfAvailable() != null) {
			http.oauth2ResourceServer(oauth -> oauth.jwt(jwt -> jwt.jwtAuthenticationConverter(bearerAccounts))
				.authenticationEntryPoint((request, response, ex) -> problems.write(response,
						ex.getCause() instanceof NoLocalAccountException || ex instanceof NoLocalAccountException
								? ErrorCode.NO_LOCAL_ACCOUNT_FOR_TOKEN : ErrorCode.NOT_AUTHENTICATED)));
		}
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error", "/errors",
					"/actuator/health")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole(Role.COUNTY_ADMIN.name())
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").failureHandler(signInFailure()).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?signedOut").deleteCookies("JSESSIONID").permitAll())
			.httpBasic(basic -> basic.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'")))
			.sessionManagement(
					session -> session.sessionFixation(Customizer.withDefaults()).invalidSessionUrl("/login?expired"));
		return http.build();
	}

	/** Tells the person why sign-in failed without saying whether the username exists. */
	private static AuthenticationFailureHandler signInFailure() {
		return (request, response, ex) -> {
			String reason = ex instanceof LockedException ? "locked"
					: ex instanceof DisabledException ? "disabled" : "error";
			response.sendRedirect(request.getContextPath() + "/login?" + reason);
		};
	}

}
