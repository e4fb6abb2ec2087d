package org.cityframework.collect;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.cityframework.core.CityProfile;

/**
 * File names for imported profiles, made from each city's name: {@code riverton.json}, and {@code
 * riverton-2.json} for a second city of that name. Only lower-case letters a to z, digits and
 * hyphens are used (accents dropped: São Paulo is {@code sao-paulo.json}), so a name can never
 * reach outside the folder; a name with none of them gives {@code row-N.json}. Not thread-safe: one
 * instance per folder being written.
 */
public final class ProfileFileNames {
  private static final int MAX_LENGTH = 60;

  private final Set<String> used = new HashSet<>();

  /** Names for one folder. */
  public ProfileFileNames() {}

  /** The file name for the profile of a row, unique among those given so far. */
  public String next(CityProfile profile, long row) {
    String base = slug(profile.name());
    if (base.isEmpty()) {
      base = "row-" + row;
    }
    String name = base;
    for (int n = 2; !used.add(name); n++) {
      name = base + "-" + n;
    }
    return name + ".json";
  }

  static String slug(String name) {
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (plain.length() > MAX_LENGTH) {
      plain = plain.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }
    return plain;
  }
}
