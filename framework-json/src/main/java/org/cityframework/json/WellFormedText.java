package org.cityframework.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The text a document may hold: well-formed UTF-8 and, in every name and string value, whole
 * Unicode characters. A lone surrogate (from an escape such as {@code "\ud800"}, or from a Java
 * string) is not a character: it cannot be written as UTF-8 and would come back as {@code "?"}, so
 * it is refused like invalid UTF-8, wherever it is. Every check is one pass over the text.
 */
final class WellFormedText {
  private WellFormedText() {}

  private static final VarHandle EIGHT_BYTES =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The high bit of each of eight bytes: set in every byte of a UTF-8 sequence, in no ASCII. */
  private static final long HIGH_BITS = 0x8080808080808080L;

  /**
   * The offset of the first byte that does not begin a well-formed UTF-8 sequence (RFC 3629: no
   * overlong forms, no surrogates, nothing above U+10FFFF, no sequence cut short); -1 when all do.
   */
  static int firstInvalidUtf8(byte[] bytes) {
    int i = 0;
    int n = bytes.length;
    while (i < n) {
      // Eight ASCII bytes at a time: most of a profile is ASCII.
      while (i + Long.BYTES <= n && ((long) EIGHT_BYTES.get(bytes, i) & HIGH_BITS) == 0) {
        i += Long.BYTES;
      }
      if (i >= n) {
        break;
      }
      int b = bytes[i];
      if (b >= 0) {
        i++;
        continue;
      }
      b &= 0xFF;
      int length;
      int min2; // the range of the second byte, narrower than 80..BF after some lead bytes
      int max2 = 0xBF;
      if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
        min2 = 0x80;
      } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
        min2 = b == 0xE0 ? 0xA0 : 0x80; // E0 80..9F would be overlong
        max2 = b == 0xED ? 0x9F : 0xBF; // ED A0..BF would be a surrogate
      } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
        min2 = b == 0xF0 ? 0x90 : 0x80; // F0 80..8F would be overlong
        max2 = b == 0xF4 ? 0x8F : 0xBF; // F4 90.. would be above U+10FFFF
      } else {
        return i; // a continuation byte out of place, C0, C1 (overlong) or F5..FF
      }
      if (i + length > n) {
        return i;
      }
      int second = bytes[i + 1] & 0xFF;
      if (second < min2 || second > max2) {
        return i;
      }
      for (int k = 2; k < length; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += length;
    }
    return -1;
  }

  /**
   * The offset of the first character of well-formed UTF-8 that YAML does not allow in a document
   * (a control character other than tab and line breaks, U+FFFE, U+FFFF); -1 when there is none.
   * The YAML reader refuses them too, but says "line 1, column 1".
   */
  static int firstNotAllowedInYaml(byte[] bytes) {
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
          return i;
        }
        i++;
      } else if (b < 0xE0) {
        int c = (b & 0x1F) << 6 | (bytes[i + 1] & 0x3F);
        if (c < 0xA0 && c != 0x85) {
          return i; // C1 controls
        }
        i += 2;
      } else if (b < 0xF0) {
        if (b == 0xEF && (bytes[i + 1] & 0xFF) == 0xBF && (bytes[i + 2] & 0xFE) == 0xBE) {
          return i; // U+FFFE, U+FFFF
        }
        i += 3;
      } else {
        i += 4;
      }
    }
    return -1;
  }

  /** The code point at a byte offset of well-formed UTF-8, as "U+0001". */
  static String codePointAt(byte[] bytes, int offset) {
    int b = bytes[offset] & 0xFF;
    int length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    String c = new String(bytes, offset, length, java.nio.charset.StandardCharsets.UTF_8);
    return String.format(java.util.Locale.ROOT, "U+%04X", c.codePointAt(0));
  }

  /** The index of the first surrogate that is not half of a pair; -1 when there is none. */
  static int firstUnpairedSurrogate(CharSequence text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** "line L, column C" of a byte of UTF-8 text, counting characters from 1. */
  static String lineAndColumn(byte[] bytes, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset; i++) {
      byte b = bytes[i];
      if (b == '\n' || (b == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
        line++;
        column = 1;
      } else if ((b & 0xC0) != 0x80) {
        column++; // a character's first byte
      }
    }
    return "line " + line + ", column " + column;
  }

  /** "line L, column C" of a char of a text, counting characters from 1. */
  static String lineAndColumn(CharSequence text, int index) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < index; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        column = 1;
      } else if (!Character.isLowSurrogate(c)) {
        column++;
      }
    }
    return "line " + line + ", column " + column;
  }

  /**
   * Throws with a problem for each name and string value of the tree that holds a lone surrogate,
   * at its pointer.
   *
   * @throws InvalidDocumentException when there is one
   */
  static void refuseUnpairedSurrogates(JsonNode root) {
    List<DocumentProblem> problems = new ArrayList<>();
    long[] leftOut = {0};
    visit(root, "", problems, leftOut);
    if (!problems.isEmpty()) {
      throw new InvalidDocumentException(problems, leftOut[0]);
    }
  }

  /** Checks a container's names and texts; a pointer is made only for a problem or a container. */
  private static void visit(JsonNode node, String at, List<DocumentProblem> problems, long[] more) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (firstUnpairedSurrogate(e.getKey()) >= 0) {
          // At the object: a pointer holding the name would hold the lone surrogate too.
          add(problems, more, at, "name of a property in this object");
        } else {
          JsonNode value = e.getValue();
          if (value.isContainer() || isBroken(value)) {
            visit(value, Pointer.child(at, e.getKey()), problems, more);
          }
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode item = node.get(i);
        if (item.isContainer() || isBroken(item)) {
          visit(item, Pointer.child(at, i), problems, more);
        }
      }
    } else if (isBroken(node)) {
      add(problems, more, at, "text");
    }
  }

  private static boolean isBroken(JsonNode node) {
    return node.isString() && firstUnpairedSurrogate(node.stringValue()) >= 0;
  }

  private static void add(List<DocumentProblem> problems, long[] more, String at, String what) {
    if (problems.size() >= InvalidDocumentException.MAX_PROBLEMS) {
      more[0]++;
      return;
    }
    problems.add(
        DocumentProblem.of(
            at,
            "whole Unicode characters",
            "half of a surrogate pair",
            "the "
                + what
                + " holds half of a UTF-16 surrogate pair (such as \\ud800 alone), which is not a"
                + " character; write the whole character, or both halves of its pair"));
  }
}
