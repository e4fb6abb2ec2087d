package org.cityframework.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.cityframework.core.CityProfile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link CityProfile} as a document tree in canonical form: {@code schemaVersion} first,
 * properties in alphabetical order, map keys in enum order, unknown facts and empty parts left out.
 */
final class ProfileWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ProfileWriter() {}

  static ObjectNode write(CityProfile profile) {
    ObjectNode root = NODES.objectNode();
    root.put("schemaVersion", ProfileReader.VERSION);
    fill(root, profile);
    return root;
  }

  private static void fill(ObjectNode into, Object value) {
    for (ModelType.Property p : ModelType.of(value.getClass()).properties().values()) {
      JsonNode node = property(p, p.of(value));
      if (node != null) {
        into.set(p.name(), node);
      }
    }
  }

  private static JsonNode property(ModelType.Property p, Object value) {
    return switch (p.shape()) {
      case OPTIONAL -> ((Optional<?>) value).map(ProfileWriter::plain).orElse(null);
      case OPTIONAL_INT -> {
        OptionalInt i = (OptionalInt) value;
        yield i.isPresent() ? NODES.numberNode(i.getAsInt()) : null;
      }
      case LIST -> {
        List<?> items = (List<?>) value;
        if (items.isEmpty()) {
          yield null;
        }
        ArrayNode array = NODES.arrayNode(items.size());
        items.forEach(item -> array.add(plain(item)));
        yield array;
      }
      case YES_NO_MAP -> {
        Map<?, ?> map = (Map<?, ?>) value;
        if (map.isEmpty()) {
          yield null;
        }
        ObjectNode object = NODES.objectNode();
        for (Object key : p.valueType().getEnumConstants()) {
          Object fact = map.get(key);
          if (fact != null) {
            object.put(((Enum<?>) key).name(), (Boolean) fact);
          }
        }
        yield object;
      }
      case SECTION -> ModelType.of(value.getClass()).isEmpty(value) ? null : plain(value);
      case REQUIRED -> plain(value);
    };
  }

  private static JsonNode plain(Object value) {
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (value instanceof String s) {
      return NODES.stringNode(s);
    }
    if (value instanceof Integer i) {
      return NODES.numberNode(i);
    }
    if (value instanceof BigDecimal d) {
      return NODES.numberNode(d);
    }
    if (value instanceof LocalDate d) {
      return NODES.stringNode(d.toString());
    }
    if (value instanceof Enum<?> e) {
      return NODES.stringNode(e.name());
    }
    ObjectNode object = NODES.objectNode();
    fill(object, value);
    return object;
  }
}
