package org.tandem.notification;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.platform.Problems;
import org.tandem.platform.TandemException;

/** The inbox page: newest first, a page at a time; open, mark read, mark all read. */
@Controller
class NotificationPages {

	static final int PAGE_SIZE = 25;

	private final Notifications notifications;

	private final Problems problems;

	NotificationPages(Notifications notifications, Problems problems) {
		this.notifications = notifications;
		this.problems = problems;
	}

	@GetMapping("/notifications")
	String list(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "0") int page,
			Model model) {
		int current = Math.max(page, 0);
		// One more than a page tells whether an older page exists.
		var found = notifications.inbox(unread, current, PAGE_SIZE + 1);
		model.addAttribute("notifications", found.size() > PAGE_SIZE ? found.subList(0, PAGE_SIZE) : found);
		model.addAttribute("hasOlder", found.size() > PAGE_SIZE);
		model.addAttribute("page", current);
		model.addAttribute("unread", unread);
		return "notification/list";
	}

	/** Marks read and, with {@code open}, goes where the notification points. */
	@PostMapping("/notifications/{id}/read")
	String read(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean open,
			@RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "0") int page,
			RedirectAttributes redirect) {
		try {
			Notification notification = notifications.markRead(NotificationId.of(id));
			if (open) {
				return "redirect:" + notification.link();
			}
		}
		catch (TandemException ex) {
			redirect.addFlashAttribute("problem", problems.message(ex.code(), ex.args()));
		}
		return "redirect:/notifications?unread=" + unread + "&page=" + Math.max(page, 0);
	}

	@PostMapping("/notifications/read-all")
	String readAll(RedirectAttributes redirect) {
		notifications.markAllRead();
		redirect.addFlashAttribute("markedAll", true);
		return "redirect:/notifications";
	}

}
