package org.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.EventType;

/**
 * Modules speak to each other in typed ids ({@code YouthId}, {@code TaskId}, ...), so
 * that one kind of id cannot be passed where another is meant. No public method of a
 * public type in a module's root package (its API), and no component of an event record,
 * names {@link UUID}; SQL code inside a module still uses raw UUIDs. The few exceptions
 * are listed, each with its reason, in {@code modules/raw-uuid-allowlist.txt}; an entry
 * that no longer matches fails too, so the list only shrinks.
 */
class TypedIdsAtModuleApisTests {

	private static final Path ALLOWLIST = Path.of("src/test/resources/modules/raw-uuid-allowlist.txt");

	private final ApplicationModules modules = ApplicationModules.of(TandemApplication.class);

	@Test
	void moduleApisAndEventsUseTypedIds() throws IOException {
		Map<String, String> found = rawUuids();
		Set<String> allowed = allowlist();
		Set<String> unexpected = new TreeSet<>(found.keySet());
		unexpected.removeAll(allowed);
		assertThat(unexpected).as("raw UUIDs at module APIs and in events (use a typed id)")
			.map(key -> key + "  " + found.get(key))
			.isEmpty();
		Set<String> stale = new TreeSet<>(allowed);
		stale.removeAll(found.keySet());
		assertThat(stale).as("allowlisted entries that no longer name a raw UUID (remove them from %s)", ALLOWLIST)
			.isEmpty();
	}

	/** Type#member to a description of where the UUID is. */
	private Map<String, String> rawUuids() {
		Map<String, String> found = new TreeMap<>();
		modules.stream().flatMap(this::apiTypes).forEach(type -> {
			for (Method method : type.getDeclaredMethods()) {
				if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic() || method.isBridge()) {
					continue;
				}
				boolean raw = namesUuid(method.getGenericReturnType())
						|| Arrays.stream(method.getGenericParameterTypes()).anyMatch(this::namesUuid);
				if (raw) {
					found.put(key(type, method.getName()), "method " + method.toGenericString());
				}
			}
		});
		events().forEach(event -> {
			for (RecordComponent component : event.getRecordComponents()) {
				if (namesUuid(component.getGenericType())) {
					found.put(key(event, component.getName()), "event component " + event.getName() + "."
							+ component.getName() + " " + component.getGenericType().getTypeName());
				}
			}
		});
		return found;
	}

	/** The public types, nested ones too, in the root package of a module. */
	private Stream<Class<?>> apiTypes(ApplicationModule module) {
		String root = module.getBasePackage().getName();
		return module.getBasePackage()
			.stream()
			.filter(type -> type.getPackageName().equals(root))
			.map(JavaClass::reflect)
			.filter(TypedIdsAtModuleApisTests::visibleFromOtherPackages)
			.filter(type -> !isTypedId(type));
	}

	private static boolean visibleFromOtherPackages(Class<?> type) {
		for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
			if (!Modifier.isPublic(t.getModifiers())) {
				return false;
			}
		}
		return true;
	}

	/** A typed id itself, a record of one UUID, is where the raw value lives. */
	private static boolean isTypedId(Class<?> type) {
		return type.isRecord() && type.getRecordComponents().length == 1
				&& type.getRecordComponents()[0].getType() == UUID.class;
	}

	/** The records the application publishes or listens to as events. */
	private Stream<Class<?>> events() {
		Stream<Class<?>> published = modules.stream()
			.flatMap(module -> module.getPublishedEvents().stream())
			.map(EventType::getType)
			.map(JavaClass::reflect);
		Stream<Class<?>> listened = modules.stream()
			.flatMap(module -> module.getEventsListenedTo(modules).stream())
			.map(JavaClass::reflect);
		return Stream.concat(published, listened)
			.filter(Class::isRecord)
			.filter(type -> type.getName().startsWith("org.tandem."))
			.distinct();
	}

	private boolean namesUuid(Type type) {
		if (type == UUID.class) {
			return true;
		}
		if (type instanceof ParameterizedType parameterized) {
			return Arrays.stream(parameterized.getActualTypeArguments()).anyMatch(this::namesUuid);
		}
		if (type instanceof GenericArrayType array) {
			return namesUuid(array.getGenericComponentType());
		}
		if (type instanceof WildcardType wildcard) {
			return Stream.concat(Arrays.stream(wildcard.getUpperBounds()), Arrays.stream(wildcard.getLowerBounds()))
				.anyMatch(this::namesUuid);
		}
		return type instanceof Class<?> array && array.isArray() && namesUuid(array.getComponentType());
	}

	private static String key(Class<?> type, String member) {
		String name = type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
		return type.getPackageName().substring("org.tandem.".length()) + "." + name + "#" + member;
	}

	/** Lines "module.Type#member reason"; blank lines and # comments are skipped. */
	private static Set<String> allowlist() throws IOException {
		Set<String> allowed = new TreeSet<>();
		for (String line : Files.readAllLines(ALLOWLIST)) {
			String entry = line.strip();
			if (entry.isEmpty() || entry.startsWith("#")) {
				continue;
			}
			String name = entry.split("\\s+", 2)[0];
			assertThat(entry.split("\\s+", 2)).as("a reason for %s", name).hasSize(2);
			allowed.add(name);
		}
		return allowed;
	}

}
