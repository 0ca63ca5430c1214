package org.tandem.platform.web;

import java.util.Locale;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Enum values in query parameters and form fields are read in any letter case, as in JSON
 * bodies ({@code ?scope=county} is {@code COUNTY}); an unknown one is refused with the
 * allowed values.
 */
@Configuration(proxyBeanMethods = false)
class EnumParameters implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverterFactory(new AnyCase());
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	static final class AnyCase implements ConverterFactory<String, Enum> {

		@Override
		public <T extends Enum> Converter<String, T> getConverter(Class<T> targetType) {
			Class<T> type = targetType;
			while (type != null && !type.isEnum()) {
				type = (Class<T>) type.getSuperclass();
			}
			Class<T> enumType = type;
			return source -> source.isBlank() ? null
					: (T) Enum.valueOf(enumType, source.strip().toUpperCase(Locale.ROOT));
		}

	}

}
