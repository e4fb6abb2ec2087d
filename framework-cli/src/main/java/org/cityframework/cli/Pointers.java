package org.cityframework.cli;

/** JSON Pointers (RFC 6901) into documents, built token by token. */
final class Pointers {
  private Pointers() {}

  /** The pointer to a property below {@code parent}, escaping '~' and '/'. */
  static String child(String parent, String name) {
    return parent + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  /** The pointer to a list item below {@code parent}. */
  static String child(String parent, int index) {
    return parent + "/" + index;
  }
}
