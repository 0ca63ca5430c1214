package org.tandem.safetyplan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The safety plan on paper for the caregiver, in English or Spanish: the youth's first
 * name only, the version and its date, every section, long text wrapped and continued on
 * new pages. Text is set in DejaVu Sans (embedded, subset); a character the font has no
 * glyph for (an emoji, CJK) prints as '?' rather than failing the document.
 */
@Component
class SafetyPlanPdf {

	private static final float MARGIN = 54, TITLE = 18, HEADING = 12.5f, BODY = 10.5f, LEADING = 1.35f;

	private static final PDRectangle PAGE = PDRectangle.LETTER;

	private final MessageSource messages;

	private final byte[] regular = font("fonts/DejaVuSans.ttf"), bold = font("fonts/DejaVuSans-Bold.ttf");

	SafetyPlanPdf(MessageSource messages) {
		this.messages = messages;
	}

	byte[] render(SafetyPlan plan, String firstName, Locale locale) {
		try (PDDocument document = new PDDocument()) {
			Writer writer = new Writer(document,
					PDType0Font.load(document, new RandomAccessReadBuffer(regular), true, false),
					PDType0Font.load(document, new RandomAccessReadBuffer(bold), true, false));
			String name = firstName == null || firstName.isBlank() ? text("safety.pdf.theYouth", locale) : firstName;
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(text("safety.pdf.title", locale) + " v" + plan.version());
			info.setCreator("Tandem");
			SafetyPlanContent content = plan.content();
			writer.line(writer.bold, TITLE, text("safety.pdf.title", locale));
			writer.line(writer.regular, BODY, text("safety.pdf.subtitle", locale, name, plan.version(),
					plan.createdAt().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale))));
			writer.paragraph(writer.regular, BODY, text("safety.pdf.intro", locale, name), 0);
			for (String list : SafetyPlanContent.LISTS) {
				writer.heading(text("safety.field." + list, locale));
				writer.items(content.list(list), text("safety.pdf.none", locale));
			}
			writer.heading(text("safety.pdf.ifRuns", locale, name));
			List<String> steps = content.ifYouthRuns().stream().map(step -> step.who() + " — " + step.does()).toList();
			writer.items(steps, text("safety.pdf.none", locale));
			writer.heading(text("safety.field.safeTransportation", locale));
			writer.paragraph(writer.regular, BODY, orNone(content.safeTransportation(), locale), 0);
			writer.heading(text("safety.pdf.ownWords", locale, name));
			writer.paragraph(writer.regular, BODY, orNone(content.youthWords(), locale), 0);
			writer.heading(text("safety.field.youthParticipated", locale));
			writer.paragraph(writer.regular, BODY, Boolean.TRUE.equals(content.youthParticipated())
					? text("safety.participated.yes", locale)
					: text("safety.participated.no", locale) + " " + orNone(content.whyNotParticipated(), locale), 0);
			writer.finish(locale);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String orNone(String value, Locale locale) {
		return value == null || value.isBlank() ? text("safety.pdf.none", locale) : value;
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private static byte[] font(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("font " + path + " is missing", ex);
		}
	}

	/**
	 * Writes lines top to bottom, starting a new page when the next line does not fit.
	 */
	private final class Writer {

		private final PDDocument document;

		private final PDFont regular, bold;

		private final Map<PDFont, Map<Integer, Boolean>> printable = new HashMap<>();

		private PDPageContentStream stream;

		private float y;

		Writer(PDDocument document, PDFont regular, PDFont bold) throws IOException {
			this.document = document;
			this.regular = regular;
			this.bold = bold;
			newPage();
		}

		void heading(String text) throws IOException {
			// a heading never ends a page: keep room for it and a line of its section
			need(HEADING * LEADING * 2 + BODY * LEADING * 2);
			y -= HEADING * 0.8f;
			line(bold, HEADING, text);
		}

		void items(List<String> items, String none) throws IOException {
			if (items.isEmpty()) {
				paragraph(regular, BODY, none, 0);
				return;
			}
			for (String item : items) {
				paragraph(regular, BODY, "• " + item, width(regular, BODY, "• "));
			}
		}

		void line(PDFont font, float size, String text) throws IOException {
			paragraph(font, size, text, 0);
		}

		/**
		 * Wrapped text; lines after the first of each paragraph are indented by
		 * {@code hanging}.
		 */
		void paragraph(PDFont font, float size, String text, float hanging) throws IOException {
			float width = PAGE.getWidth() - 2 * MARGIN;
			for (String paragraph : text.split("\\R", -1)) {
				List<String> lines = wrap(font, size, printable(font, paragraph), width - hanging);
				for (int i = 0; i < lines.size(); i++) {
					need(size * LEADING);
					y -= size * LEADING;
					stream.beginText();
					stream.setFont(font, size);
					stream.newLineAtOffset(MARGIN + (i == 0 ? 0 : hanging), y);
					stream.showText(lines.get(i));
					stream.endText();
				}
			}
		}

		/** Page numbers on every page, once all pages exist. */
		void finish(Locale locale) throws IOException {
			stream.close();
			int count = document.getNumberOfPages();
			for (int i = 0; i < count; i++) {
				PDPage page = document.getPage(i);
				try (PDPageContentStream footer = new PDPageContentStream(document, page,
						PDPageContentStream.AppendMode.APPEND, true, true)) {
					String text = printable(regular, text("safety.pdf.footer", locale, i + 1, count));
					footer.beginText();
					footer.setFont(regular, 8.5f);
					footer.newLineAtOffset(MARGIN, MARGIN / 2);
					footer.showText(text);
					footer.endText();
				}
			}
		}

		private void need(float height) throws IOException {
			if (y - height < MARGIN) {
				stream.close();
				newPage();
			}
		}

		private void newPage() throws IOException {
			PDPage page = new PDPage(PAGE);
			document.addPage(page);
			stream = new PDPageContentStream(document, page);
			y = PAGE.getHeight() - MARGIN;
		}

		/**
		 * The text with each character the font cannot show replaced by '?', and control
		 * characters by spaces.
		 */
		private String printable(PDFont font, String text) {
			Map<Integer, Boolean> known = printable.computeIfAbsent(font, f -> new HashMap<>());
			StringBuilder out = new StringBuilder(text.length());
			text.codePoints().forEach(cp -> {
				if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
					out.append(' ');
				}
				else if (known.computeIfAbsent(cp, c -> encodes(font, c))) {
					out.appendCodePoint(cp);
				}
				else {
					out.append('?');
				}
			});
			return out.toString();
		}

		private static boolean encodes(PDFont font, int codePoint) {
			try {
				font.encode(new String(Character.toChars(codePoint)));
				return font.getStringWidth(new String(Character.toChars(codePoint))) >= 0;
			}
			catch (IOException | IllegalArgumentException | IllegalStateException ex) {
				return false;
			}
		}

		private static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
			List<String> lines = new ArrayList<>();
			StringBuilder line = new StringBuilder();
			for (String word : text.split(" ", -1)) {
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (width(font, size, candidate) <= width) {
					line.setLength(0);
					line.append(candidate);
					continue;
				}
				if (!line.isEmpty()) {
					lines.add(line.toString());
					line.setLength(0);
				}
				// a word wider than the line is cut where it no longer fits
				int[] points = word.codePoints().toArray();
				for (int cp : points) {
					String longer = line.toString() + new String(Character.toChars(cp));
					if (!line.isEmpty() && width(font, size, longer) > width) {
						lines.add(line.toString());
						line.setLength(0);
					}
					line.appendCodePoint(cp);
				}
			}
			lines.add(line.toString());
			return lines;
		}

		private static float width(PDFont font, float size, String text) throws IOException {
			return font.getStringWidth(text) / 1000 * size;
		}

	}

}
