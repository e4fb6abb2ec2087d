package org.cityframework.json;

/** JSON Pointers (RFC 6901) into documents, built token by token. */
final class Pointer {
  private Pointer() {}

  /** The pointer to a property or list index below {@code parent}, escaping '~' and '/'. */
  static String child(String parent, String token) {
    return parent + "/" + escape(token);
  }

  static String child(String parent, int index) {
    return parent + "/" + index;
  }

  /** A property name as a pointer's token: '~' as "~0" and '/' as "~1". */
  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
