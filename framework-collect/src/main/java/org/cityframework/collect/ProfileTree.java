package org.cityframework.collect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The facts of one row as a profile document's tree. Facts of list items are kept by the index the
 * mapping gives; the lists are closed up when the document is made (goals 1 and 3 answered, goal 2
 * left blank, make a list of two), and a pointer into the document is turned back into the
 * mapping's ({@link #mappingPointer}).
 */
final class ProfileTree {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final List<String> lists;

  /** The facts: objects by name; lists as maps from the mapping's index to the item. */
  private final Map<String, Object> root = new TreeMap<>();

  /** For each list of the document (by its pointer there), the mapping's index of each item. */
  private final Map<String, List<Integer>> indexes = new TreeMap<>();

  ProfileTree(List<String> lists) {
    this.lists = lists;
  }

  /** The value at a pointer, or null. */
  JsonNode get(String pointer) {
    Object at = root;
    for (String token : tokens(pointer)) {
      if (!(at instanceof Map<?, ?> map)) {
        return null;
      }
      at = map.get(key(map, token));
      if (at == null) {
        return null;
      }
    }
    return at instanceof JsonNode n ? n : null;
  }

  /** Sets a fact; the pointer names a fact the profile has (a valid mapping's). */
  @SuppressWarnings("unchecked")
  void set(String pointer, JsonNode value) {
    Map<String, Object> at = root;
    String pattern = "";
    List<String> tokens = tokens(pointer);
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      boolean item = lists.contains(pattern);
      pattern = pattern + "/" + (item ? "*" : token);
      Object k = item ? (Object) Integer.valueOf(token) : token;
      if (i == tokens.size() - 1) {
        ((Map<Object, Object>) (Map<?, ?>) at).put(k, value);
      } else {
        at =
            (Map<String, Object>)
                ((Map<Object, Object>) (Map<?, ?>) at).computeIfAbsent(k, x -> new TreeMap<>());
      }
    }
  }

  private static Object key(Map<?, ?> map, String token) {
    if (!map.isEmpty() && map.keySet().iterator().next() instanceof Integer) {
      try {
        return Integer.valueOf(token);
      } catch (NumberFormatException e) {
        return token;
      }
    }
    return token;
  }

  /** The document, with its schema version; lists closed up. */
  ObjectNode document(String version) {
    indexes.clear();
    ObjectNode doc = (ObjectNode) node(root, "");
    doc.put("schemaVersion", version);
    return doc;
  }

  private JsonNode node(Object value, String pointer) {
    if (value instanceof JsonNode n) {
      return n;
    }
    Map<?, ?> map = (Map<?, ?>) value;
    if (!map.isEmpty() && map.keySet().iterator().next() instanceof Integer) {
      ArrayNode array = NODES.arrayNode();
      List<Integer> original = new ArrayList<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        original.add((Integer) e.getKey());
        array.add(node(e.getValue(), pointer + "/" + array.size()));
      }
      indexes.put(pointer, original);
      return array;
    }
    ObjectNode object = NODES.objectNode();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String name = (String) e.getKey();
      object.set(name, node(e.getValue(), pointer + "/" + escape(name)));
    }
    return object;
  }

  /** A pointer into the document made last, with each list index as the mapping gives it. */
  String mappingPointer(String pointer) {
    if (pointer.isEmpty()) {
      return pointer;
    }
    StringBuilder out = new StringBuilder();
    StringBuilder doc = new StringBuilder();
    for (String raw : pointer.substring(1).split("/", -1)) {
      List<Integer> original = indexes.get(doc.toString());
      String token = raw;
      if (original != null) {
        try {
          int i = Integer.parseInt(raw);
          if (i >= 0 && i < original.size()) {
            token = String.valueOf(original.get(i));
          }
        } catch (NumberFormatException e) {
          // not an index: left as it is
        }
      }
      doc.append('/').append(raw);
      out.append('/').append(token);
    }
    return out.toString();
  }

  static List<String> tokens(String pointer) {
    List<String> tokens = new ArrayList<>();
    for (String raw : pointer.substring(1).split("/", -1)) {
      tokens.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return tokens;
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
