package org.cityframework.cli;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cityframework.core.CityProfile;
import org.cityframework.json.DocumentFormat;
import org.cityframework.testkit.RandomProfiles;

/**
 * Synthetic, valid city profiles as JSON Lines, drawn with {@link RandomProfiles} in blocks that
 * can be drawn on several threads and still give the same bytes for the same seed.
 *
 * <p>Block {@code k} (profiles {@code 1000 k + 1} to {@code 1000 (k + 1)}) is drawn from its own
 * {@code RandomProfiles}, seeded with the {@code k}-th number of a {@link SplittableRandom} seeded
 * with the seed. The number {@code RandomProfiles} puts in each name ("City 7 ...") is replaced by
 * the profile's line number, so names differ across blocks.
 */
final class SyntheticProfiles {
  /** The profiles of one block. */
  static final int BLOCK = 1000;

  private static final Pattern NUMBERED = Pattern.compile("^City \\d+");

  private final SplittableRandom seeds;
  private final Double unknownShare;
  private final long count;
  private long block;

  /**
   * {@code count} profiles from {@code seed}, with {@code unknownShare} of the facts unknown (null
   * for the share {@code RandomProfiles} uses by default).
   */
  SyntheticProfiles(long seed, Double unknownShare, long count) {
    this.seeds = new SplittableRandom(seed);
    this.unknownShare = unknownShare;
    this.count = count;
  }

  /**
   * One block to draw.
   *
   * @param seed the seed of the block's {@code RandomProfiles}
   * @param first the line number of its first profile, from 1
   * @param size how many profiles it holds
   */
  record Block(long seed, long first, int size) {}

  /**
   * A block drawn.
   *
   * @param block the block
   * @param text its profiles, one per line, each line ended by {@code \n}, in the first {@code
   *     length} characters
   * @param length how many characters of {@code text} hold the lines
   */
  record Drawn(Block block, char[] text, int length) {}

  /** The next block to draw, or null when every block has been handed out. */
  Block next() {
    long first = block * BLOCK + 1;
    if (first > count) {
      return null;
    }
    int size = (int) Math.min(BLOCK, count - first + 1);
    block++;
    return new Block(seeds.nextLong(), first, size);
  }

  /** The JSON Lines of a block: one compact, canonical profile per line. */
  Drawn draw(Block b) {
    RandomProfiles random = RandomProfiles.seeded(b.seed());
    if (unknownShare != null) {
      random = random.withUnknownShare(unknownShare);
    }
    char[] text = new char[b.size() * 4096];
    int length = 0;
    for (int i = 0; i < b.size(); i++) {
      CityProfile p = random.next();
      Matcher m = NUMBERED.matcher(p.name());
      if (m.find()) {
        p = p.withName("City " + (b.first() + i) + p.name().substring(m.end()));
      }
      String json = DocumentFormat.JSON.writeProfile(p);
      if (text.length - length < json.length() + 1) {
        text = Arrays.copyOf(text, Math.max(2 * text.length, length + json.length() + 1));
      }
      length = compact(json, text, length);
      text[length++] = '\n';
    }
    return new Drawn(b, text, length);
  }

  /**
   * Appends canonical JSON without its layout: the white space between tokens goes, strings are
   * kept as they are (JSON writes line breaks and other control characters in strings escaped).
   */
  static void compact(String json, StringBuilder into) {
    char[] text = new char[json.length()];
    into.append(text, 0, compact(json, text, 0));
  }

  /**
   * Writes {@code json} without its layout into {@code into} from {@code at}, which must have room
   * for all of {@code json}, and returns where it ends. The text is copied in first and compacted
   * in place: it only ever gets shorter.
   */
  private static int compact(String json, char[] into, int at) {
    int end = at + json.length();
    json.getChars(0, json.length(), into, at);
    int to = at;
    boolean inString = false;
    for (int from = at; from < end; from++) {
      char c = into[from];
      if (inString) {
        into[to++] = c;
        if (c == '\\' && from + 1 < end) {
          into[to++] = into[++from];
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        into[to++] = c;
      } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        into[to++] = c;
      }
    }
    return to;
  }
}
