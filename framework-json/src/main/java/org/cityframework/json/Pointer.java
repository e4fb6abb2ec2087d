package org.cityframework.json;

/** JSON Pointers (RFC 6901) into documents, built token by token. */
final class Pointer {
  private Pointer() {}

  /** The pointer to a property or list index below {@code parent}, escaping '~' and '/'. */
  static String child(String parent, String token) {
    return parent + "/" + token.replace("~", "~0").replace("/", "~1");
  }

  static String child(String parent, int index) {
    return parent + "/" + index;
  }
}
