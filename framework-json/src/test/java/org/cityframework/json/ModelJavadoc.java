package org.cityframework.json;

import com.github.therapi.runtimejavadoc.ClassJavadoc;
import com.github.therapi.runtimejavadoc.Comment;
import com.github.therapi.runtimejavadoc.CommentElement;
import com.github.therapi.runtimejavadoc.CommentText;
import com.github.therapi.runtimejavadoc.FieldJavadoc;
import com.github.therapi.runtimejavadoc.InlineLink;
import com.github.therapi.runtimejavadoc.InlineTag;
import com.github.therapi.runtimejavadoc.InlineValue;
import com.github.therapi.runtimejavadoc.MethodJavadoc;
import com.github.therapi.runtimejavadoc.RuntimeJavadoc;

/**
 * The model's Javadoc as plain text for schema descriptions, read from the resources the core build
 * records (therapi-runtime-javadoc).
 *
 * <p>{@code {@code x}} becomes {@code x}, {@code {@link #goals()}} becomes {@code goals}, line
 * breaks become spaces. A missing comment is an error: every property of a schema is described.
 */
final class ModelJavadoc {
  private ModelJavadoc() {}

  /** The first paragraph of a type's comment. */
  static String ofType(Class<?> type) {
    ClassJavadoc doc = RuntimeJavadoc.getJavadoc(type);
    String text = text(doc.getComment());
    int paragraph = text.indexOf("<p>");
    return require(paragraph < 0 ? text : text.substring(0, paragraph).strip(), type.getName());
  }

  /** The comment of a no-argument method declared by {@code type}. */
  static String ofMethod(Class<?> type, String name) {
    for (MethodJavadoc m : RuntimeJavadoc.getJavadoc(type).getMethods()) {
      if (m.getName().equals(name) && m.getParamTypes().isEmpty()) {
        return require(text(m.getComment()), type.getName() + "." + name + "()");
      }
    }
    return require("", type.getName() + "." + name + "()");
  }

  /** The comment of an enum constant. */
  static String ofConstant(Enum<?> constant) {
    Class<?> type = constant.getDeclaringClass();
    for (FieldJavadoc f : RuntimeJavadoc.getJavadoc(type).getEnumConstants()) {
      if (f.getName().equals(constant.name())) {
        return require(text(f.getComment()), type.getName() + "." + constant.name());
      }
    }
    return require("", type.getName() + "." + constant.name());
  }

  private static String text(Comment comment) {
    StringBuilder out = new StringBuilder();
    for (CommentElement e : Comment.nullToEmpty(comment)) {
      if (e instanceof CommentText t) {
        out.append(t.getValue());
      } else if (e instanceof InlineTag t) {
        out.append(t.getValue());
      } else if (e instanceof InlineLink l) {
        String member = l.getLink().getReferencedMemberName();
        out.append(member != null ? member : simpleName(l.getLink().getReferencedClassName()));
      } else if (e instanceof InlineValue v) {
        out.append(v.getValue().getReferencedMemberName());
      }
    }
    return out.toString().replaceAll("\\s+", " ").strip();
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  private static String require(String text, String what) {
    if (text.isEmpty()) {
      throw new IllegalStateException(
          "no Javadoc for " + what + ": the schema needs a description");
    }
    return text;
  }
}
