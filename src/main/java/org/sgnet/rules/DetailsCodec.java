package org.sgnet.rules;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a rule's details map into its typed record and writes it back, component by component: the
 * record's components are the map's keys. A key the record does not have, or a value of the wrong
 * type, is a defect of the rule's statement and fails with the rule and key named.
 *
 * <p>Complexity: O(size of the details) per finding; a record type's components are looked up once
 * per type and kept ({@link Class#getRecordComponents} builds them afresh at every call, which was
 * seconds of a catalogue of 680,000 findings).
 */
final class DetailsCodec {

  /**
   * What reading and writing a details type needs, looked up once per type: the JDK builds the
   * components and checks the constructor afresh at every call.
   *
   * @param components the record's components (never modified)
   * @param constructor its canonical constructor
   */
  private record Shape(
      RecordComponent[] components, java.lang.reflect.Constructor<?> constructor) {}

  private static final ClassValue<Shape> SHAPES =
      new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
          RecordComponent[] components = type.getRecordComponents();
          Class<?>[] types = new Class<?>[components.length];
          for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
          }
          try {
            return new Shape(components, type.getDeclaredConstructor(types));
          } catch (NoSuchMethodException e) {
            throw new IllegalStateException("a record without its canonical constructor", e);
          }
        }
      };

  private DetailsCodec() {}

  /** Reads details as the record {@code type}. */
  static <D extends Record> D read(Rule rule, Class<D> type, Map<String, Object> details) {
    Shape shape = SHAPES.get(type);
    RecordComponent[] components = shape.components();
    for (String key : details.keySet()) {
      boolean known = false;
      for (RecordComponent c : components) {
        known |= c.getName().equals(key);
      }
      if (!known) {
        throw defect(rule, "has no detail '" + key + "'");
      }
    }
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      values[i] = convert(rule, c.getName(), c.getGenericType(), details.get(c.getName()));
    }
    try {
      return type.cast(shape.constructor().newInstance(values));
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build the details of " + rule, e);
    }
  }

  /** Writes a details record as the map its components make, in their order. */
  static Map<String, Object> write(Record details) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (RecordComponent c : SHAPES.get(details.getClass()).components()) {
      try {
        map.put(c.getName(), c.getAccessor().invoke(details));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read the details " + details, e);
      }
    }
    return map;
  }

  private static Object convert(Rule rule, String key, Type type, Object value) {
    if (value == null) {
      return null;
    }
    if (type == String.class && value instanceof String) {
      return value;
    }
    if (type == Long.class && value instanceof Number n) {
      return n.longValue();
    }
    if (type instanceof ParameterizedType p
        && p.getRawType() == List.class
        && value instanceof Collection<?> items) {
      Type element = p.getActualTypeArguments()[0];
      List<Object> list = new ArrayList<>(items.size());
      for (Object item : items) {
        Object converted = convert(rule, key, element, item);
        if (converted == null) {
          throw defect(rule, "gave a null element in '" + key + "'");
        }
        list.add(converted);
      }
      return List.copyOf(list);
    }
    throw defect(rule, "gave '" + key + "' a " + value.getClass().getSimpleName());
  }

  private static IllegalStateException defect(Rule rule, String what) {
    return new IllegalStateException("the statement of rule " + rule + " " + what);
  }
}
