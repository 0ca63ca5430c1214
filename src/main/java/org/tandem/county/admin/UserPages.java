package org.tandem.county.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.county.Agencies;
import org.tandem.county.Role;
import org.tandem.county.TandemUser;
import org.tandem.county.TrainingRecords;
import org.tandem.county.UserAccount;
import org.tandem.county.UserAccounts;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;
import org.tandem.platform.AgencyId;
import org.tandem.platform.UserId;

/**
 * County administrators manage people: accounts, agency, roles, training; they unlock and
 * reset.
 */
@Controller
@RequestMapping("/admin/users")
class UserPages {

	private final UserAccounts accounts;

	private final Agencies agencies;

	private final TrainingRecords training;

	private final PasswordEncoder passwords;

	private final Clock clock;

	UserPages(UserAccounts accounts, Agencies agencies, TrainingRecords training, PasswordEncoder passwords,
			Clock clock) {
		this.accounts = accounts;
		this.agencies = agencies;
		this.training = training;
		this.passwords = passwords;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", accounts.findAll());
		model.addAttribute("agencies", agencies.findAll());
		model.addAttribute("now", clock.instant());
		return "admin/users";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		return form(new UserForm(), null, model);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable UUID id, Model model) {
		return form(UserForm.of(accounts.get(UserId.of(id))), id, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("user") UserForm user, BindingResult binding, Model model,
			@AuthenticationPrincipal TandemUser me, RedirectAttributes redirect) {
		if (user.getPassword() == null || user.getPassword().length() < UserForm.MIN_PASSWORD) {
			binding.rejectValue("password", ErrorCode.PASSWORD_TOO_WEAK.messageKey(),
					new Object[] { UserForm.MIN_PASSWORD }, null);
		}
		return save(UUID.randomUUID(), null, user, binding, model, me, redirect);
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("user") UserForm user, BindingResult binding,
			Model model, @AuthenticationPrincipal TandemUser me, RedirectAttributes redirect) {
		UserAccount existing = accounts.get(UserId.of(id));
		user.setUsername(existing.username());
		if (user.getPassword() != null && !user.getPassword().isEmpty()
				&& user.getPassword().length() < UserForm.MIN_PASSWORD) {
			binding.rejectValue("password", ErrorCode.PASSWORD_TOO_WEAK.messageKey(),
					new Object[] { UserForm.MIN_PASSWORD }, null);
		}
		if (id.equals(me.userId()) && !user.getRoles().contains(Role.COUNTY_ADMIN)) {
			// An administrator removing their own last way back in is almost always a
			// slip.
			binding.rejectValue("roles", "user.roles.keepOwnAdmin");
		}
		return save(id, id, user, binding, model, me, redirect);
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
		accounts.get(UserId.of(id));
		accounts.unlock(UserId.of(id));
		redirect.addFlashAttribute("unlocked", true);
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/training")
	String addTraining(@PathVariable UUID id, @Valid @ModelAttribute("course") TrainingForm course,
			BindingResult binding, Model model, @AuthenticationPrincipal TandemUser me, RedirectAttributes redirect) {
		UserAccount account = accounts.get(UserId.of(id));
		if (!binding.hasErrors()) {
			try {
				training.add(id, course.getCourse(), course.getCompletedOn(), course.getExpiresOn(), me.userId());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/admin/users/" + id + "#training";
			}
			catch (TandemException ex) {
				binding.rejectValue(ex.field(), ex.code().messageKey());
			}
		}
		model.addAttribute("course", course);
		return form(UserForm.of(account), id, model);
	}

	@PostMapping("/{id}/training/{trainingId}/delete")
	String removeTraining(@PathVariable UUID id, @PathVariable UUID trainingId) {
		accounts.get(UserId.of(id));
		training.remove(id, trainingId);
		return "redirect:/admin/users/" + id + "#training";
	}

	private String save(UUID id, UUID editing, UserForm user, BindingResult binding, Model model, TandemUser me,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				agencies.get(AgencyId.of(user.getAgencyId()));
				String hash = user.getPassword() == null || user.getPassword().isEmpty() ? null
						: passwords.encode(user.getPassword());
				accounts.save(user.toAccount(me.countyId(), id), hash);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/admin/users/" + id;
			}
			catch (TandemException ex) {
				binding.rejectValue(ex.field(), ex.code().messageKey(), ex.args(), ex.code().slug());
			}
		}
		user.setPassword(null);
		return form(user, editing, model);
	}

	private String form(UserForm user, UUID id, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("userId", id);
		model.addAttribute("agencies", agencies.findActive());
		model.addAttribute("roles", Role.values());
		if (id != null) {
			UserAccount account = accounts.get(UserId.of(id));
			model.addAttribute("account", account);
			model.addAttribute("locked", account.lockedAt(clock.instant()));
			model.addAttribute("trainings", training.forUser(UserId.of(id)));
			model.addAttribute("today", LocalDate.now(clock));
			if (!model.containsAttribute("course")) {
				model.addAttribute("course", new TrainingForm());
			}
		}
		return "admin/user";
	}

}
