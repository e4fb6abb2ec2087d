package org.cityframework.rules;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.RandomAccess;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.cityframework.core.CityProfile;
import org.cityframework.core.Implications;
import org.cityframework.core.Implications.Implied;

/**
 * The facts of one city profile as one check reads them. Every read names the fact's JSON Pointer
 * and is recorded, so the finding can show the evidence it rests on.
 *
 * <p>A {@code Facts} belongs to one assessment on one thread and is valid only during the {@link
 * Check#evaluate} call it is passed to: keep the values read, never the {@code Facts}.
 */
public final class Facts {
  /**
   * The evidence of map entries, by map pointer, then key ordinal and value (unknown, yes, no):
   * immutable, so made once and shared rather than made per read.
   */
  private static final Map<String, Evidence[]> ENTRY_EVIDENCE = new ConcurrentHashMap<>();

  /** The text of yes and no, shared. */
  private static final Optional<String> YES = Optional.of("true");

  private static final Optional<String> NO = Optional.of("false");

  /** Yes and no as read from a map entry, shared. */
  private static final Optional<Boolean> READ_YES = Optional.of(true);

  private static final Optional<Boolean> READ_NO = Optional.of(false);

  /** The text of every constant of an enum, by ordinal, shared. */
  private static final ClassValue<Optional<String>[]> NAMES =
      new ClassValue<>() {
        @Override
        protected Optional<String>[] computeValue(Class<?> type) {
          Object[] constants = type.getEnumConstants();
          @SuppressWarnings({"unchecked", "rawtypes"})
          Optional<String>[] names = new Optional[constants.length];
          for (int i = 0; i < constants.length; i++) {
            names[i] = Optional.of(((Enum<?>) constants[i]).name());
          }
          return names;
        }
      };

  private static final Evidence[] NONE = new Evidence[0];

  private final CityProfile profile;

  /** Whether reads are recorded as evidence: false for an assessor without evidence. */
  private final boolean recording;

  /** Whether known facts (stated or implied) are recorded too, not only unknown ones. */
  private final boolean knownToo;

  /** The evidence read by the current check, in reading order: the first {@code size}. */
  private Evidence[] read = new Evidence[8];

  private int size;

  Facts(CityProfile profile) {
    this(profile, true);
  }

  /**
   * The facts of {@code profile}; when {@code recording} is false, reads give the same values but
   * record nothing, and {@link #evidence()} is always empty.
   */
  Facts(CityProfile profile, boolean recording) {
    this(profile, recording, true);
  }

  /**
   * The facts of {@code profile}, recording every read ({@code knownToo}) or only the reads of
   * facts that are unknown (neither stated nor implied), the evidence {@link Questions} asks about.
   */
  Facts(CityProfile profile, boolean recording, boolean knownToo) {
    this.profile = requireNonNull(profile, "profile");
    this.recording = recording;
    this.knownToo = knownToo;
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
  @SuppressWarnings("unchecked")
  public <T> Optional<T> read(String pointer, Function<CityProfile, Optional<T>> fact) {
    Optional<T> value = fact.apply(profile);
    if (value.isEmpty()) {
      Implied implied = implied(pointer);
      if (implied != null) {
        if (recording && knownToo && !seen(pointer)) {
          add(impliedEvidence(pointer, implied));
        }
        // An implication gives a fact a value of the fact's own type, or none at all.
        return (Optional<T>) implied.value();
      }
    }
    if (recording && (knownToo || value.isEmpty()) && !seen(pointer)) {
      add(new Evidence(pointer, value.isPresent() ? text(value.get()) : Optional.empty()));
    }
    return value;
  }

  /** Reads an optional whole number and records it as evidence. */
  public OptionalInt readInt(String pointer, Function<CityProfile, OptionalInt> fact) {
    OptionalInt value = fact.apply(profile);
    if (value.isEmpty()) {
      Implied implied = implied(pointer);
      if (implied != null) {
        if (recording && knownToo && !seen(pointer)) {
          add(impliedEvidence(pointer, implied));
        }
        return implied.value().map(v -> OptionalInt.of((Integer) v)).orElse(OptionalInt.empty());
      }
    }
    if (recording && (knownToo || value.isEmpty()) && !seen(pointer)) {
      add(
          new Evidence(
              pointer,
              value.isPresent()
                  ? Optional.of(Integer.toString(value.getAsInt()))
                  : Optional.empty()));
    }
    return value;
  }

  /**
   * What the model's implications say of a fact the profile does not state (the one place they are
   * written is {@link Implications}); null when they say nothing.
   */
  private Implied implied(String pointer) {
    if (impliedFacts == null) {
      impliedFacts = Implications.of(profile);
    }
    return impliedFacts.implied(pointer).orElse(null);
  }

  /** The facts the implications decide for this profile, each worked out once; made when needed. */
  private Implications.ImpliedFacts impliedFacts;

  private static Evidence impliedEvidence(String pointer, Implied implied) {
    return new Evidence(pointer, Optional.of(implied.text()), Optional.of(implied.becauseText()));
  }

  /**
   * Reads one entry of a yes/no map, such as {@code /engagement/innovationTools/HACKATHONS}, and
   * records it as evidence. A missing key is unknown.
   */
  public <K extends Enum<K>> Optional<Boolean> entry(
      String mapPointer, Function<CityProfile, Map<K, Boolean>> map, K key) {
    return entry(map.apply(profile), entryEvidence(mapPointer, key), key);
  }

  /** Reads the given entries of a yes/no map, in the order given. */
  @SafeVarargs
  public final <K extends Enum<K>> List<Optional<Boolean>> entries(
      String mapPointer, Function<CityProfile, Map<K, Boolean>> map, K... keys) {
    List<Optional<Boolean>> values = new ArrayList<>(keys.length);
    if (keys.length > 0) {
      Map<K, Boolean> entries = map.apply(profile);
      Evidence[] known = entryEvidence(mapPointer, keys[0]);
      for (K key : keys) {
        values.add(entry(entries, known, key));
      }
    }
    return values;
  }

  /**
   * One entry; {@code known} is the map's evidence from {@link #entryEvidence}, whose pointers are
   * made once, so that looking them up does not hash a new string on every read.
   */
  private <K extends Enum<K>> Optional<Boolean> entry(
      Map<K, Boolean> entries, Evidence[] known, K key) {
    Boolean value = entries.get(key);
    if (value == null) {
      String pointer = known[3 * key.ordinal()].pointer();
      Implied implied = implied(pointer);
      if (implied != null) {
        if (recording && knownToo && !seen(pointer)) {
          add(impliedEvidence(pointer, implied));
        }
        return implied.value().isPresent() && (Boolean) implied.value().get() ? READ_YES : READ_NO;
      }
    }
    if (recording && (knownToo || value == null)) {
      int slot = 3 * key.ordinal();
      if (!seen(known[slot].pointer())) {
        add(known[value == null ? slot : value ? slot + 1 : slot + 2]);
      }
    }
    return value == null ? Optional.empty() : value ? READ_YES : READ_NO;
  }

  /**
   * Reads a list and records its size as evidence ({@code "[]"} when empty), for checks that then
   * read its elements one by one.
   */
  public <T> List<T> list(String pointer, Function<CityProfile, List<T>> list) {
    List<T> value = list.apply(profile);
    if (recording && knownToo && !seen(pointer)) {
      add(
          new Evidence(
              pointer, Optional.of(value.isEmpty() ? "[]" : "[" + value.size() + " items]")));
    }
    return value;
  }

  /** Forgets the evidence read so far, for the next check of the same assessment. */
  void nextCheck() {
    size = 0;
  }

  /**
   * The evidence read so far, in reading order, each pointer once: a copy for {@link Finding#of},
   * which makes it immutable.
   */
  List<Evidence> evidence() {
    return new Read(size == 0 ? NONE : Arrays.copyOf(read, size));
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

    /**
     * The items themselves, not a copy: the one caller, {@code ImmutableList.copyOf} in {@link
     * Finding#of}, keeps the array it is given, and this list is dropped right after, so the array
     * is copied once rather than twice.
     */
    @Override
    public Object[] toArray() {
      return items;
    }
  }

  /** Whether the current check has read the fact at {@code pointer} already. */
  private boolean seen(String pointer) {
    // A check reads a handful of facts: a linear look for a repeated read beats hashing.
    for (int i = 0; i < size; i++) {
      String seen = read[i].pointer();
      // Strings keep their hash once computed, and most pointers are constants: comparing hashes
      // first spares comparing the long common prefixes of pointers into the same map.
      if (seen == pointer || (seen.hashCode() == pointer.hashCode() && seen.equals(pointer))) {
        return true;
      }
    }
    return false;
  }

  private void add(Evidence evidence) {
    if (size == read.length) {
      read = Arrays.copyOf(read, 2 * size);
    }
    read[size++] = evidence;
  }

  /**
   * The evidence an entry of the map at {@code mapPointer} may give, at {@code 3 * key.ordinal()}:
   * unknown, then yes, then no; all with the same pointer.
   */
  private static Evidence[] entryEvidence(String mapPointer, Enum<?> key) {
    Evidence[] known = ENTRY_EVIDENCE.get(mapPointer);
    if (known == null) {
      known =
          ENTRY_EVIDENCE.computeIfAbsent(
              mapPointer, m -> entryEvidence(m, key.getDeclaringClass().getEnumConstants()));
    }
    return known;
  }

  private static Evidence[] entryEvidence(String mapPointer, Object[] keys) {
    Evidence[] known = new Evidence[3 * keys.length];
    for (Object k : keys) {
      Enum<?> key = (Enum<?>) k;
      String pointer = mapPointer + "/" + key.name();
      int slot = 3 * key.ordinal();
      known[slot] = new Evidence(pointer, Optional.empty());
      known[slot + 1] = new Evidence(pointer, YES);
      known[slot + 2] = new Evidence(pointer, NO);
    }
    return known;
  }

  /** The text of a fact's value, as evidence shows it. */
  static Optional<String> text(Object value) {
    if (value instanceof String s) {
      return Optional.of(s); // the most common, so tested first
    }
    if (value instanceof Boolean b) {
      return b ? YES : NO;
    }
    if (value instanceof Enum<?> e) {
      return NAMES.get(e.getDeclaringClass())[e.ordinal()];
    }
    if (value instanceof BigDecimal d) {
      return Optional.of(d.toPlainString());
    }
    if (value instanceof Collection<?> c) {
      return Optional.of(c.isEmpty() ? "[]" : "[" + c.size() + " items]");
    }
    return Optional.of(String.valueOf(value));
  }
}
