package org.cityframework.rules;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.RandomAccess;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.cityframework.core.CityProfile;

/**
 * The facts of one city profile as one check reads them. Every read names the fact's JSON Pointer
 * and is recorded, so the finding can show the evidence it rests on.
 *
 * <p>A {@code Facts} belongs to one assessment on one thread and is valid only during the {@link
 * Check#evaluate} call it is passed to: keep the values read, never the {@code Facts}.
 */
public final class Facts {
  /** Pointers to map entries, by map pointer then key ordinal: made once, not per read. */
  private static final Map<String, String[]> ENTRY_POINTERS = new ConcurrentHashMap<>();

  private final CityProfile profile;
  private final List<Evidence> read = new ArrayList<>(8);

  Facts(CityProfile profile) {
    this.profile = requireNonNull(profile, "profile");
  }

  /** The profile under assessment, for reads that are not evidence (its name, its date). */
  public CityProfile profile() {
    return profile;
  }

  /**
   * Reads an optional fact and records it as evidence.
   *
   * @param pointer the fact's JSON Pointer in the profile, for example {@code /strategy/published}
   * @param fact how to get the fact from the profile
   */
  public <T> Optional<T> read(String pointer, Function<CityProfile, Optional<T>> fact) {
    Optional<T> value = fact.apply(profile);
    record(pointer, value.map(Facts::text));
    return value;
  }

  /** Reads an optional whole number and records it as evidence. */
  public OptionalInt readInt(String pointer, Function<CityProfile, OptionalInt> fact) {
    OptionalInt value = fact.apply(profile);
    record(
        pointer,
        value.isPresent() ? Optional.of(Integer.toString(value.getAsInt())) : Optional.empty());
    return value;
  }

  /**
   * Reads one entry of a yes/no map, such as {@code /engagement/innovationTools/HACKATHONS}, and
   * records it as evidence. A missing key is unknown.
   */
  public <K extends Enum<K>> Optional<Boolean> entry(
      String mapPointer, Function<CityProfile, Map<K, Boolean>> map, K key) {
    Optional<Boolean> value = Optional.ofNullable(map.apply(profile).get(key));
    record(entryPointer(mapPointer, key), value.map(Facts::text));
    return value;
  }

  /** Reads the given entries of a yes/no map, in the order given. */
  @SafeVarargs
  public final <K extends Enum<K>> List<Optional<Boolean>> entries(
      String mapPointer, Function<CityProfile, Map<K, Boolean>> map, K... keys) {
    List<Optional<Boolean>> values = new ArrayList<>(keys.length);
    for (K key : keys) {
      values.add(entry(mapPointer, map, key));
    }
    return values;
  }

  /**
   * Reads a list and records its size as evidence ({@code "[]"} when empty), for checks that then
   * read its elements one by one.
   */
  public <T> List<T> list(String pointer, Function<CityProfile, List<T>> list) {
    List<T> value = list.apply(profile);
    record(pointer, Optional.of(value.isEmpty() ? "[]" : "[" + value.size() + " items]"));
    return value;
  }

  /** Forgets the evidence read so far, for the next check of the same assessment. */
  void nextCheck() {
    read.clear();
  }

  /**
   * The evidence read so far, in reading order, each pointer once: a copy for {@link Finding#of},
   * which makes it immutable.
   */
  List<Evidence> evidence() {
    return new Read(read.toArray(new Evidence[0]));
  }

  /**
   * The evidence of one check on its way into a finding. A list class of its own, seen by nothing
   * but {@code ImmutableList.copyOf}: on JDK 17, a class that is tested against two interfaces in
   * turn (here {@code Collection} by {@code copyOf} and {@code List} by the checks' reads of the
   * profile's Guava lists) misses the JVM's one-entry cache of its supertypes on every test, which
   * cost about 60 ns per finding, a quarter of an assessment (JDK-8180450).
   */
  private static final class Read extends AbstractList<Evidence> implements RandomAccess {
    private final Evidence[] items;

    Read(Evidence[] items) {
      this.items = items;
    }

    @Override
    public Evidence get(int index) {
      return items[index];
    }

    @Override
    public int size() {
      return items.length;
    }

    @Override
    public Object[] toArray() {
      return items.clone();
    }
  }

  private void record(String pointer, Optional<String> value) {
    // A check reads a handful of facts: a linear look for a repeated read beats hashing.
    for (int i = 0; i < read.size(); i++) {
      String seen = read.get(i).pointer();
      if (seen == pointer || (seen.length() == pointer.length() && seen.equals(pointer))) {
        return;
      }
    }
    read.add(new Evidence(pointer, value));
  }

  private static String entryPointer(String mapPointer, Enum<?> key) {
    String[] pointers = ENTRY_POINTERS.get(mapPointer);
    if (pointers == null) {
      pointers =
          ENTRY_POINTERS.computeIfAbsent(
              mapPointer, m -> new String[key.getDeclaringClass().getEnumConstants().length]);
    }
    String pointer = pointers[key.ordinal()];
    if (pointer == null) {
      pointer = mapPointer + "/" + key.name();
      pointers[key.ordinal()] = pointer;
    }
    return pointer;
  }

  static String text(Object value) {
    if (value instanceof Boolean b) {
      return b ? "true" : "false";
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Collection<?> c) {
      return c.isEmpty() ? "[]" : "[" + c.size() + " items]";
    }
    return String.valueOf(value);
  }
}
