package org.cityframework.json;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.cityframework.rules.Assessor;
import org.cityframework.rules.Tailoring;
import org.cityframework.rules.Waiver;

/**
 * A tailoring file, read: the checks switched off, the weights changed and the findings waived.
 * Read one with {@link DocumentFormat#readTailoring(byte[], org.cityframework.rules.Catalogue)};
 * the format is in {@code docs/cli.md} ("Tailoring").
 *
 * <pre>{@code
 * TailoringDocument t = DocumentFormat.YAML.readTailoring(Path.of("programme.yaml"), catalogue);
 * Assessment a = t.applyTo(Assessor.standard()).assess(profile);
 * }</pre>
 *
 * @param tailoring the checks switched off and the weights changed
 * @param waivers the waivers, in document order, at most one for each check
 */
public record TailoringDocument(Tailoring tailoring, List<Waiver> waivers) {

  /** Creates a tailoring document; the list of waivers is copied. */
  public TailoringDocument {
    requireNonNull(tailoring, "tailoring");
    waivers = List.copyOf(waivers);
  }

  /**
   * The given assessor with this tailoring and these waivers in place of its own.
   *
   * @throws IllegalArgumentException if the tailoring or a waiver names a check that the assessor's
   *     catalogue does not have
   */
  public Assessor applyTo(Assessor assessor) {
    return assessor.tailoredBy(tailoring).withWaivers(waivers);
  }
}
