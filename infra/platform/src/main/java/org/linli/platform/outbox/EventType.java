package org.linli.platform.outbox;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * The name and schema version an event record declares. The convention, for records in a producer's
 * {@code -api} module (which must not depend on this library):
 *
 * <pre>{@code
 * public record HouseholdLinkChanged(long householdId, Long previousMemberId, Long memberId) {
 *     public static final String TYPE = "organization.household-link-changed";
 *     public static final int SCHEMA_VERSION = 1;
 * }
 * }</pre>
 *
 * A change a consumer built against the previous version could not read (a field removed, renamed or
 * given another meaning) raises the version; adding a field does not.
 */
public record EventType(String name, int schemaVersion) {

    private static final ClassValue<EventType> DECLARED = new ClassValue<>() {
        @Override
        protected EventType computeValue(Class<?> type) {
            return new EventType(
                    (String) constant(type, "TYPE", String.class), (int) constant(type, "SCHEMA_VERSION", int.class));
        }
    };

    /** What {@code eventClass} declares; an {@link IllegalArgumentException} if it breaks the convention. */
    public static EventType of(Class<?> eventClass) {
        return DECLARED.get(eventClass);
    }

    private static Object constant(Class<?> type, String name, Class<?> valueType) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record; events are records");
        }
        try {
            Field field = type.getField(name);
            int modifiers = field.getModifiers();
            if (!Modifier.isStatic(modifiers) || !Modifier.isFinal(modifiers) || field.getType() != valueType) {
                throw new NoSuchFieldException(name);
            }
            Object value = field.get(null);
            if (value == null || value instanceof String s && s.isBlank() || value instanceof Integer v && v < 1) {
                throw new NoSuchFieldException(name);
            }
            return value;
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new IllegalArgumentException(type.getName() + " must declare public static final "
                    + valueType.getSimpleName() + " " + name + " (see EventType)");
        }
    }
}
