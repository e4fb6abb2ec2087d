package org.cityframework.json;

import java.util.Objects;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * A parser that can say where it was when it failed, as the JSON Pointer of the nearest place the
 * document's author knows: the value being read, or, for a fault between values (in a property's
 * name, say), the object or list item it was reading into; never the value before it.
 *
 * <p>A parser's context names the last token it returned. A fault found while decoding that token
 * (a JSON string is decoded only when asked for) is in it; a fault found while looking for the next
 * token is after it: in the value of a property whose name was read last, else in the next name of
 * the object, or the next item of the list.
 */
final class PlacedParser extends JsonParserDelegate {
  /** Whether the parser is looking for the next token, rather than decoding the current one. */
  private boolean advancing;

  /** While advancing: the token, the context, its name and its count of entries before. */
  private JsonToken before;

  private TokenStreamContext contextBefore;
  private String nameBefore;
  private int entriesBefore;

  PlacedParser(JsonParser parser) {
    super(parser);
  }

  /** The JSON Pointer of the place of a fault the parser has just thrown. */
  String pointer() {
    try {
      TokenStreamContext context = delegate.streamReadContext();
      if (context == null) {
        return "";
      }
      String here = context.pathAsPointer().toString();
      if (!advancing
          || before == JsonToken.PROPERTY_NAME
          || context.getParent() == contextBefore // a list or object it had just begun
          || (context == contextBefore
              && (context.inArray()
                  ? context.getEntryCount() != entriesBefore // an item it had just begun
                  : !Objects.equals(context.currentName(), nameBefore)))) {
        return here; // in the value being read, or a property whose name it had just read
      }
      String parent =
          context.getParent() == null ? "" : context.getParent().pathAsPointer().toString();
      if (context.inArray()) {
        return Pointer.child(parent, context.getEntryCount()); // in the next item
      }
      return parent; // in the object, between its values: a name, a comma, a brace
    } catch (RuntimeException e) {
      return "";
    }
  }

  private void advance() {
    before = delegate.currentToken();
    contextBefore = delegate.streamReadContext();
    nameBefore = contextBefore == null ? null : contextBefore.currentName();
    entriesBefore = contextBefore == null ? 0 : contextBefore.getEntryCount();
    advancing = true;
  }

  private <T> T advanced(T token) {
    advancing = false;
    return token;
  }

  @Override
  public JsonToken nextToken() {
    advance();
    return advanced(delegate.nextToken());
  }

  @Override
  public JsonToken nextValue() {
    advance();
    return advanced(delegate.nextValue());
  }

  @Override
  public String nextName() {
    advance();
    return advanced(delegate.nextName());
  }

  @Override
  public boolean nextName(tools.jackson.core.SerializableString name) {
    advance();
    return advanced(delegate.nextName(name));
  }

  @Override
  public int nextNameMatch(PropertyNameMatcher matcher) {
    advance();
    return advanced(delegate.nextNameMatch(matcher));
  }

  @Override
  public JsonParser skipChildren() {
    advance();
    delegate.skipChildren();
    advancing = false;
    return this;
  }
}
