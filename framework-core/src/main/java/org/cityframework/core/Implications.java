package org.cityframework.core;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What one fact of a city profile implies about others: the one place where the model states it.
 *
 * <p>A city with no dedicated innovation team has no team to embed in agencies and no team
 * resources to stabilise; a city with no innovation strategy has nothing in a strategy; a city with
 * no system of evaluation monitors no project from inception; a city with no dedicated innovation
 * budget sets no budget ex ante. Each such {@link Implication} is written here once, with the
 * chapter's reason, and is used three ways:
 *
 * <ul>
 *   <li>a profile that states a fact contradicting an implication is invalid: building it throws
 *       {@link InvalidProfileException}, with a problem at the contradicting fact that names the
 *       fact implying otherwise;
 *   <li>a fact the profile leaves unknown but an implication decides is known: {@link #implied}
 *       gives its value and the fact it follows from, and every check reads facts through it;
 *   <li>an implication read backwards decides its premise: a reporting line stated for the
 *       innovation team implies that the team exists.
 * </ul>
 *
 * <p>The list is {@link #all()}; {@code docs/implications.md} shows it as a table.
 */
public final class Implications {
  private Implications() {}

  /** The text of an absent value: the fact cannot be stated. */
  public static final String NONE = "none";

  /**
   * One side of an implication: a fact, by its JSON Pointer, and the values that make it hold. A
   * pointer ending in {@code /*} stands for every entry of a yes/no map or every element of a list.
   * Immutable; equal when pointer and values are.
   */
  public static final class Condition {
    private final String pointer;
    private final List<String> values;
    private final String text;

    /**
     * Creates a condition; the values are copied.
     *
     * @param pointer the fact's JSON Pointer in the profile, for example {@code
     *     /staff/dedicatedTeam}
     * @param values the values, as the profile document writes them ({@code false}, {@code NONE},
     *     {@code 0}); {@value #NONE} when the fact cannot be stated at all, {@code []} for an empty
     *     list
     */
    public Condition(String pointer, List<String> values) {
      this.pointer = requireNonNull(pointer, "pointer");
      this.values = List.copyOf(values);
      this.text = pointer + " = " + String.join(" or ", this.values);
    }

    /** The fact's JSON Pointer in the profile. */
    public String pointer() {
      return pointer;
    }

    /** The values that make the condition hold, as the profile document writes them. */
    public List<String> values() {
      return values;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Condition c && c.pointer.equals(pointer) && c.values.equals(values);
    }

    @Override
    public int hashCode() {
      return pointer.hashCode() * 31 + values.hashCode();
    }

    /** The condition as text: {@code /staff/dedicatedTeam = false}. */
    @Override
    public String toString() {
      return text;
    }
  }

  /**
   * A fact the profile leaves unknown that an implication decides.
   *
   * @param value the value: a {@link Boolean}, an {@link Integer} or an enum constant; empty when
   *     the fact cannot be stated at all (a team that does not exist reports to no one)
   * @param because the stated facts it follows from, with their values (through a chain of
   *     implications, the facts the chain starts from)
   */
  public record Implied(Optional<Object> value, List<Condition> because) {
    /** Creates an implied value; the stated facts are copied. */
    public Implied {
      requireNonNull(value, "value");
      because = List.copyOf(because);
    }

    /** The value as the profile document would write it, {@value #NONE} when absent. */
    public String text() {
      return value.map(Implications::text).orElse(NONE);
    }

    /** The stated facts it follows from, as text: {@code /staff/dedicatedTeam = false}. */
    public String becauseText() {
      if (because.size() == 1) {
        return because.get(0).toString();
      }
      return because.stream().map(Condition::toString).collect(Collectors.joining(" and "));
    }
  }

  /** A premise fact's value, and the stated facts it rests on (itself, when stated). */
  private record Known(String pointer, Object value, List<Condition> origin) {
    boolean isStated() {
      return origin.size() == 1 && origin.get(0).pointer().equals(pointer);
    }

    /** "p = v", or "p = v, implied by q = w" for a value a chain gives. */
    String describe() {
      String own = pointer + " = " + text(value);
      return isStated()
          ? own
          : own
              + " (implied by "
              + origin.stream().map(Condition::toString).collect(Collectors.joining(" and "))
              + ")";
    }
  }

  /**
   * What one fact (or several together) implies about another: when every condition of the {@link
   * #premise()} holds, the {@link #conclusion()} holds.
   */
  public static final class Implication {
    private final List<Premise> premise;
    private final Conclusion conclusion;
    private final String reason;

    /** The premise facts ({@link #PREMISE_FACTS}) whose value the conclusion decides; set once. */
    private int[] feeds = new int[0];

    /** The conclusion's {@link Conclusion#key()} and {@link Conclusion#value()}, made once. */
    private final String key;

    private final Optional<Object> value;

    /** {@link #premise}, as an array for the loops that apply the implications. */
    private final Premise[] premises;

    /** The slot ({@link #SLOTS}) of the conclusion's {@link #key}; set once. */
    private int keySlot = -1;

    private Implication(List<Premise> premise, Conclusion conclusion, String reason) {
      this.premise = List.copyOf(premise);
      this.premises = premise.toArray(new Premise[0]);
      this.conclusion = conclusion;
      this.reason = reason;
      this.key = conclusion.key();
      this.value = conclusion.value();
    }

    /** The conditions that, together, imply the conclusion. */
    public List<Condition> premise() {
      return premise.stream().map(Premise::condition).toList();
    }

    /** What follows. */
    public Condition conclusion() {
      return conclusion.condition();
    }

    /** Why, in the chapter's terms, as a clause: "without a dedicated innovation team, ...". */
    public String reason() {
      return reason;
    }

    @Override
    public String toString() {
      return premise().stream().map(Condition::toString).collect(Collectors.joining(" and "))
          + " implies "
          + conclusion();
    }
  }

  /** Every implication of the model, in the order of the profile's sections. */
  public static List<Implication> all() {
    return RULES;
  }

  /**
   * The value a fact takes by implication, when the profile does not state it but other facts
   * decide it; empty when the profile states it or nothing decides it.
   *
   * @param pointer the fact's JSON Pointer, for example {@code /staff/stableTeamResources} or an
   *     entry of a yes/no map such as {@code /staff/embeddingPractices/STAFF_SWAPS}
   */
  public static Optional<Implied> implied(CityProfile profile, String pointer) {
    requireNonNull(pointer, "pointer");
    return of(profile).implied(pointer);
  }

  /**
   * The facts the implications decide for one profile, each worked out once and then kept: for
   * reading many facts of the same profile, as an assessment does. A profile works them out when
   * first asked and keeps them, so its validation and every assessment of it share them.
   */
  public static ImpliedFacts of(CityProfile profile) {
    return requireNonNull(profile, "profile").impliedFacts();
  }

  /** Works out the facts the implications decide for a profile: for the profile's own use. */
  static ImpliedFacts workOut(CityProfile profile) {
    return new ImpliedFacts(profile);
  }

  /**
   * The facts the implications decide for one profile: {@link #implied(String)} as {@link
   * Implications#implied(CityProfile, String)}. Every implication is applied once, forwards and
   * backwards, until nothing more follows, when the reader is made; reading a fact is then a
   * lookup. Immutable after it is made.
   */
  public static final class ImpliedFacts {
    private final CityProfile profile;

    /**
     * The facts the implications decide, by the slot of their pointer ({@link #SLOTS}); a map-wide
     * one at its {@code /*} pattern and at each entry the profile does not state. Null where
     * nothing is decided.
     */
    private final Implied[] decided = new Implied[SLOTS.size()];

    /**
     * The hashes of the pointers of {@link #decided}, as bits of a filter: a profile decides a
     * handful of facts, and a read of any other fact, most reads, is answered here without a
     * lookup.
     */
    private final long[] filter = new long[FILTER_WORDS];

    /**
     * The value of each premise fact ({@link #PREMISE_FACTS}), stated or decided; null if unknown.
     */
    private final Object[] values = new Object[PREMISE_FACTS.size()];

    /**
     * The stated facts each known premise value a decision gave rests on; null for a stated one,
     * which rests on itself (see {@link #origin}).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private final List<Condition>[] origins = new List[PREMISE_FACTS.size()];

    private ImpliedFacts(CityProfile profile) {
      this.profile = profile;
      for (int f = 0; f < values.length; f++) {
        Fact fact = PREMISE_FACTS.get(f);
        Object value = fact.stated(profile);
        values[f] = value; // what it rests on is made when a decision needs it: see origin(f)
      }
      // Passes over the implications in their order until nothing more follows, as if every one
      // were applied on every pass; one is skipped when none of its premise facts has changed
      // since it was last applied, for then it decides nothing new.
      Arrays.fill(pending, true);
      boolean more = true;
      while (more) {
        more = false;
        for (int r = 0; r < pending.length; r++) {
          if (pending[r]) {
            pending[r] = false;
            Implication rule = RULES.get(r);
            boolean changed = forward(rule);
            for (Premise p : rule.premises) {
              changed |= backward(rule, p);
            }
            more |= changed;
          }
        }
      }
    }

    /** The implications to apply on the next pass: those whose premise facts have changed. */
    private final boolean[] pending = new boolean[RULES.size()];

    /**
     * The value the fact at {@code pointer} takes by implication; empty when the profile states it
     * or nothing decides it.
     */
    public Optional<Implied> implied(String pointer) {
      if (!mayBeDecided(pointer)) {
        return Optional.empty();
      }
      Integer slot = SLOTS.get(pointer);
      return slot == null ? Optional.empty() : Optional.ofNullable(decided[slot]);
    }

    /** Applies an implication forwards: its conclusion, when its premise holds; true if new. */
    private boolean forward(Implication rule) {
      String key = rule.key;
      Optional<Object> value = rule.value;
      if (value == null
          || !holds(rule, null)
          || decided[rule.keySlot] != null
          || rule.conclusion.isStated(profile, key)) {
        return false;
      }
      decide(rule.keySlot, rule.conclusion, new Implied(value, origins(rule, null)), rule.feeds);
      return true;
    }

    /**
     * Applies an implication backwards on one condition of its premise: its conclusion is
     * contradicted, the rest of the premise holds, so this condition does not; when that leaves its
     * fact one value, the fact takes it. True if new.
     */
    private boolean backward(Implication rule, Premise here) {
      Object negation = here.negation;
      if (negation == null
          || values[here.index] != null
          || !holds(rule, here)
          || !rule.conclusion.isViolated(profile)) {
        return false;
      }
      String at = rule.conclusion.violations(profile).get(0);
      List<Condition> origin = new ArrayList<>();
      origin.add(new Condition(at, List.of(rule.conclusion.found(profile, at))));
      origin.addAll(origins(rule, here));
      decide(here.slot, null, new Implied(Optional.of(negation), origin), here.indexOnly);
      return true;
    }

    /** Records a decided fact, and the value it gives the premise facts it decides. */
    private void decide(int slot, Conclusion conclusion, Implied implied, int[] feeds) {
      decided[slot] = implied;
      markDecided(slot);
      if (conclusion instanceof EveryEntry every) {
        // and, by name, each entry the profile does not state
        Map<? extends Enum<?>, Boolean> stated = every.map.apply(profile);
        for (int i = 0; i < every.keys.length; i++) {
          if (!stated.containsKey(every.keys[i])) {
            decided[every.keySlots[i]] = implied;
            markDecided(every.keySlots[i]);
          }
        }
      }
      for (int f : feeds) {
        if (values[f] == null && implied.value().isPresent()) {
          values[f] = implied.value().get();
          origins[f] = implied.because();
          for (int r : READERS[f]) {
            pending[r] = true;
          }
        }
      }
    }

    /** The stated facts the known value of premise fact {@code f} rests on: itself, if stated. */
    private List<Condition> origin(int f) {
      List<Condition> origin = origins[f];
      return origin != null ? origin : PREMISE_FACTS.get(f).condition(values[f]);
    }

    private void markDecided(int slot) {
      int bit = SLOT_HASHES[slot] & (FILTER_WORDS * 64 - 1);
      filter[bit >>> 6] |= 1L << bit;
    }

    /** False when the fact at {@code pointer} is certainly not decided; true when it may be. */
    private boolean mayBeDecided(String pointer) {
      int bit = pointer.hashCode() & (FILTER_WORDS * 64 - 1);
      return (filter[bit >>> 6] & 1L << bit) != 0;
    }

    /** Whether each condition of the premise but {@code except} holds, stated or decided. */
    private boolean holds(Implication rule, Premise except) {
      for (Premise p : rule.premises) {
        if (p != except && (values[p.index] == null || !p.holdsFor(values[p.index]))) {
          return false;
        }
      }
      return true;
    }

    /** The stated facts the premise's conditions but {@code except} rest on. */
    private List<Condition> origins(Implication rule, Premise except) {
      if (rule.premise.size() == 1 && except == null) {
        return origin(rule.premise.get(0).index);
      }
      List<Condition> origin = new ArrayList<>();
      for (Premise p : rule.premise) {
        if (p != except) {
          origin.addAll(origin(p.index));
        }
      }
      return origin;
    }

    /**
     * The values of the premise's facts, with what they rest on, when each condition holds; null
     * when any does not hold or is unknown.
     */
    private List<Known> premiseValues(Implication rule) {
      if (!holds(rule, null)) {
        return null;
      }
      List<Known> known = new ArrayList<>(rule.premise.size());
      for (Premise p : rule.premise) {
        known.add(new Known(p.fact.pointer, values[p.index], origin(p.index)));
      }
      return known;
    }
  }

  /** The implications whose conclusion decides the fact at {@code pointer}, in their order. */
  private static List<Implication> deciding(String pointer) {
    List<Implication> deciding = new ArrayList<>();
    for (String key : new String[] {pointer, parentPattern(pointer)}) {
      for (Implication rule : BY_CONCLUSION.getOrDefault(key, List.of())) {
        if (rule.conclusion.valueAt(pointer) != null) {
          deciding.add(rule);
        }
      }
    }
    return deciding;
  }

  /**
   * The facts whose value could decide the fact at {@code pointer} through implications, directly
   * or through a chain: for example {@code /strategy/status} for {@code
   * /strategy/coversInnovationCulture} (no strategy covers nothing), and for {@code
   * /strategy/cultureConcepts/SILO_BUSTING} both of them. In the order the implications are listed,
   * each once; empty when no implication decides the fact.
   */
  public static List<String> premisesOf(String pointer) {
    requireNonNull(pointer, "pointer");
    Set<String> found = new LinkedHashSet<>();
    premisesOf(pointer, found);
    found.remove(pointer);
    return List.copyOf(found);
  }

  private static void premisesOf(String pointer, Set<String> found) {
    for (Implication rule : deciding(pointer)) {
      for (Premise p : rule.premise) {
        if (found.add(p.fact.pointer)) {
          premisesOf(p.fact.pointer, found);
        }
      }
    }
  }

  /**
   * The problems of a profile that contradicts an implication, one per contradicting fact and
   * implication, each naming the facts it contradicts.
   */
  static List<ProfileProblem> contradictions(CityProfile profile) {
    List<ProfileProblem> problems = null;
    ImpliedFacts facts = null;
    for (Implication rule : RULES) {
      if (!rule.conclusion.isViolated(profile)) {
        continue; // the common case: nothing to contradict, so the premise need not be worked out
      }
      List<String> violations = rule.conclusion.violations(profile);
      if (facts == null) {
        facts = of(profile);
      }
      List<Known> premise = facts.premiseValues(rule);
      if (premise == null) {
        continue;
      }
      for (String at : violations) {
        if (problems == null) {
          problems = new ArrayList<>();
        }
        problems.add(new ProfileProblem(at, message(rule, premise, profile, at)));
      }
    }
    return problems == null ? List.of() : problems;
  }

  private static String message(
      Implication rule, List<Known> premise, CityProfile profile, String at) {
    return "contradicts "
        + premise.stream().map(Known::describe).collect(Collectors.joining(" and "))
        + ": "
        + rule.reason
        + " ("
        + rule.conclusion.condition()
        + ", found "
        + rule.conclusion.found(profile, at)
        + ")";
  }

  // ---------------------------------------------------------------------------------------------
  // Resolution

  /** The stated facts the premise's values rest on. */
  private static List<Condition> origins(List<Known> premise) {
    if (premise.size() == 1) {
      return premise.get(0).origin();
    }
    List<Condition> origin = new ArrayList<>();
    for (Known k : premise) {
      origin.addAll(k.origin());
    }
    return origin;
  }

  /** {@code /a/b/KEY} as {@code /a/b/*}, the pattern of a map entry or list element. */
  private static String parentPattern(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? pointer : pointer.substring(0, slash) + "/*";
  }

  static String text(Object value) {
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    return String.valueOf(value);
  }

  // ---------------------------------------------------------------------------------------------
  // Facts and the sides of an implication

  /** A fact of the profile: where it is and how to read it. */
  private static final class Fact {
    final String pointer;
    final Function<CityProfile, Object> stated;

    /** The constants of its type, for an enum fact; for a yes/no fact, true and false. */
    final Object[] domain;

    Fact(String pointer, Function<CityProfile, Object> stated, Object[] domain) {
      this.pointer = pointer;
      this.stated = stated;
      this.domain = domain;
      this.conditions = conditions(pointer, domain);
    }

    /** The stated value: a Boolean, an Integer or an enum constant; null when unknown. */
    Object stated(CityProfile p) {
      return stated.apply(p);
    }

    /** This fact with a value, as the one stated fact an implied value can rest on. */
    List<Condition> condition(Object value) {
      if (domain != null) {
        for (int i = 0; i < domain.length; i++) {
          if (domain[i].equals(value)) {
            return conditions[i];
          }
        }
      }
      return List.of(new Condition(pointer, List.of(text(value))));
    }

    /** {@link #condition} of each value of the domain, made once; null without a domain. */
    private final List<Condition>[] conditions;

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Condition>[] conditions(String pointer, Object[] domain) {
      if (domain == null) {
        return null;
      }
      List[] all = new List[domain.length];
      for (int i = 0; i < domain.length; i++) {
        all[i] = List.of(new Condition(pointer, List.of(text(domain[i]))));
      }
      return all;
    }

    Premise is(Object... values) {
      return new Premise(this, Set.of(values));
    }

    Conclusion isAlso(Object value) {
      return new Equals(this, value);
    }

    Conclusion isAbsent() {
      return new Absent(this);
    }

    Conclusion isAtLeast(int least) {
      return new AtLeast(this, least);
    }
  }

  /** A premise's condition on one fact: its value is one of these. */
  private static final class Premise {
    final Fact fact;
    final Set<Object> values;

    /** The position of the fact in {@link #PREMISE_FACTS}, set when the rules are indexed. */
    int index = -1;

    /** {@link #index} alone, as the facts a decision of this one decides. */
    int[] indexOnly;

    /** The slot ({@link #SLOTS}) of the fact's pointer; set once. */
    int slot = -1;

    /** The one value the fact takes when this condition does not hold, or null when several. */
    final Object negation;

    /** The one value of {@link #values}, or null when there are several. */
    private final Object only;

    Premise(Fact fact, Set<Object> values) {
      this.fact = fact;
      this.values = values;
      this.negation = negation(fact, values);
      this.only = values.size() == 1 ? values.iterator().next() : null;
    }

    /** Whether the condition holds for this value of its fact. */
    boolean holdsFor(Object value) {
      return only != null ? only.equals(value) : values.contains(value);
    }

    Condition condition() {
      return new Condition(fact.pointer, texts(values, fact.domain));
    }

    private static Object negation(Fact fact, Set<Object> values) {
      if (fact.domain == null) {
        return null;
      }
      Object left = null;
      for (Object v : fact.domain) {
        if (!values.contains(v)) {
          if (left != null) {
            return null;
          }
          left = v;
        }
      }
      return left;
    }
  }

  /** The values' texts, in the order of the fact's domain when it has one. */
  private static List<String> texts(Set<Object> values, Object[] domain) {
    if (domain == null) {
      return values.stream().map(Implications::text).sorted().toList();
    }
    List<String> texts = new ArrayList<>();
    for (Object v : domain) {
      if (values.contains(v)) {
        texts.add(text(v));
      }
    }
    return texts;
  }

  /** What follows from a premise. */
  private abstract static class Conclusion {
    abstract Condition condition();

    /** The pointers of the stated facts that contradict this conclusion. */
    abstract List<String> violations(CityProfile p);

    /** Whether a stated fact contradicts this conclusion: {@link #violations} is not empty. */
    boolean isViolated(CityProfile p) {
      return !violations(p).isEmpty();
    }

    /**
     * The value this conclusion gives the fact at {@code pointer}: empty for a fact that cannot be
     * stated; null when it does not decide that fact.
     */
    abstract Optional<Object> valueAt(String pointer);

    /**
     * The value this conclusion gives the fact (every entry, for a map-wide one) at its {@link
     * #key()}: empty for a fact that cannot be stated; null when it decides no value.
     */
    Optional<Object> value() {
      return valueAt(key());
    }

    /** The stated value at a pointer {@link #violations} gave, as text. */
    abstract String found(CityProfile p, String at);

    /** Whether the profile states the fact at {@code pointer}, one this conclusion decides. */
    abstract boolean isStated(CityProfile p, String pointer);

    /** The keys by which resolution finds this conclusion. */
    abstract String key();
  }

  /** The fact has this value. */
  private static final class Equals extends Conclusion {
    final Fact fact;
    final Object value;

    Equals(Fact fact, Object value) {
      this.fact = fact;
      this.value = value;
    }

    @Override
    Condition condition() {
      return new Condition(fact.pointer, List.of(text(value)));
    }

    @Override
    List<String> violations(CityProfile p) {
      return isViolated(p) ? List.of(fact.pointer) : List.of();
    }

    @Override
    boolean isViolated(CityProfile p) {
      Object stated = fact.stated(p);
      return stated != null && !stated.equals(value);
    }

    @Override
    Optional<Object> valueAt(String pointer) {
      return pointer.equals(fact.pointer) ? Optional.of(value) : null;
    }

    @Override
    String found(CityProfile p, String at) {
      return text(fact.stated(p));
    }

    @Override
    boolean isStated(CityProfile p, String pointer) {
      return fact.stated(p) != null;
    }

    @Override
    String key() {
      return fact.pointer;
    }
  }

  /** The fact cannot be stated. */
  private static final class Absent extends Conclusion {
    final Fact fact;

    Absent(Fact fact) {
      this.fact = fact;
    }

    @Override
    Condition condition() {
      return new Condition(fact.pointer, List.of(NONE));
    }

    @Override
    List<String> violations(CityProfile p) {
      return isViolated(p) ? List.of(fact.pointer) : List.of();
    }

    @Override
    boolean isViolated(CityProfile p) {
      return fact.stated(p) != null;
    }

    @Override
    Optional<Object> valueAt(String pointer) {
      return pointer.equals(fact.pointer) ? Optional.empty() : null;
    }

    @Override
    String found(CityProfile p, String at) {
      return text(fact.stated(p));
    }

    @Override
    boolean isStated(CityProfile p, String pointer) {
      return fact.stated(p) != null;
    }

    @Override
    String key() {
      return fact.pointer;
    }
  }

  /** A whole number is at least this; decides no value. */
  private static final class AtLeast extends Conclusion {
    final Fact fact;
    final int least;

    AtLeast(Fact fact, int least) {
      this.fact = fact;
      this.least = least;
    }

    @Override
    Condition condition() {
      return new Condition(fact.pointer, List.of(least + " or more"));
    }

    @Override
    List<String> violations(CityProfile p) {
      Object stated = fact.stated(p);
      return stated != null && (Integer) stated < least ? List.of(fact.pointer) : List.of();
    }

    @Override
    Optional<Object> valueAt(String pointer) {
      return null;
    }

    @Override
    String found(CityProfile p, String at) {
      return text(fact.stated(p));
    }

    @Override
    boolean isStated(CityProfile p, String pointer) {
      return fact.stated(p) != null;
    }

    @Override
    String key() {
      return fact.pointer;
    }
  }

  /** Every entry of a yes/no map is this value. */
  private static final class EveryEntry extends Conclusion {
    final String pointer;
    final Function<CityProfile, Map<? extends Enum<?>, Boolean>> map;
    final boolean value;

    /** {@link #pointer} and a slash, the start of every entry's pointer. */
    final String entries;

    /** The map's keys, and the pointer of each one's entry. */
    final Enum<?>[] keys;

    final String[] keyPointers;

    /** The slot ({@link #SLOTS}) of each entry's pointer; set once. */
    int[] keySlots;

    EveryEntry(
        String pointer,
        Enum<?>[] keys,
        Function<CityProfile, Map<? extends Enum<?>, Boolean>> map,
        boolean value) {
      this.pointer = pointer;
      this.entries = pointer + "/";
      this.keys = keys;
      this.keyPointers = new String[keys.length];
      for (int i = 0; i < keys.length; i++) {
        keyPointers[i] = entries + keys[i].name();
      }
      this.map = map;
      this.value = value;
    }

    @Override
    Condition condition() {
      return new Condition(pointer + "/*", List.of(Boolean.toString(value)));
    }

    @Override
    List<String> violations(CityProfile p) {
      List<String> at = null;
      for (Map.Entry<? extends Enum<?>, Boolean> e : map.apply(p).entrySet()) {
        if (e.getValue() != value) {
          if (at == null) {
            at = new ArrayList<>();
          }
          at.add(pointer + "/" + e.getKey().name());
        }
      }
      return at == null ? List.of() : at;
    }

    @Override
    boolean isViolated(CityProfile p) {
      return map.apply(p).containsValue(!value);
    }

    @Override
    Optional<Object> valueAt(String entry) {
      return entry.startsWith(entries) && entry.indexOf('/', entries.length()) < 0
          ? Optional.of(value)
          : null;
    }

    @Override
    String found(CityProfile p, String at) {
      String key = at.substring(pointer.length() + 1);
      for (Map.Entry<? extends Enum<?>, Boolean> e : map.apply(p).entrySet()) {
        if (e.getKey().name().equals(key)) {
          return e.getValue().toString();
        }
      }
      return NONE;
    }

    @Override
    boolean isStated(CityProfile p, String entry) {
      String key = entry.substring(pointer.length() + 1);
      for (Enum<?> k : map.apply(p).keySet()) {
        if (k.name().equals(key)) {
          return true;
        }
      }
      return false;
    }

    @Override
    String key() {
      return pointer + "/*";
    }
  }

  /** A list is empty. */
  private static final class EmptyList extends Conclusion {
    final String pointer;
    final Function<CityProfile, List<?>> list;

    EmptyList(String pointer, Function<CityProfile, List<?>> list) {
      this.pointer = pointer;
      this.list = list;
    }

    @Override
    Condition condition() {
      return new Condition(pointer, List.of("[]"));
    }

    @Override
    List<String> violations(CityProfile p) {
      return isViolated(p) ? List.of(pointer) : List.of();
    }

    @Override
    boolean isViolated(CityProfile p) {
      return !list.apply(p).isEmpty();
    }

    @Override
    Optional<Object> valueAt(String at) {
      return null;
    }

    @Override
    String found(CityProfile p, String at) {
      int n = list.apply(p).size();
      return n + (n == 1 ? " item" : " items");
    }

    @Override
    boolean isStated(CityProfile p, String pointer) {
      return true;
    }

    @Override
    String key() {
      return pointer;
    }
  }

  /** Every budget line has no money. */
  private static final class NoMoneyInAnyLine extends Conclusion {
    static final String LINES = "/funding/budgetLines";

    @Override
    Condition condition() {
      return new Condition(LINES + "/*/amount", List.of("0"));
    }

    @Override
    List<String> violations(CityProfile p) {
      List<BudgetLine> lines = p.funding().budgetLines();
      List<String> at = null;
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).amount().signum() > 0) {
          if (at == null) {
            at = new ArrayList<>();
          }
          at.add(LINES + "/" + i + "/amount");
        }
      }
      return at == null ? List.of() : at;
    }

    @Override
    Optional<Object> valueAt(String at) {
      return null;
    }

    @Override
    String found(CityProfile p, String at) {
      int i = Integer.parseInt(at.substring(LINES.length() + 1, at.lastIndexOf('/')));
      BudgetLine line = p.funding().budgetLines().get(i);
      // The plain form of an extreme amount can be huge: name it rather than write it.
      return line.amount().precision() > 40
          ? "an amount above zero"
          : line.amount().toPlainString() + " " + line.currency();
    }

    @Override
    boolean isStated(CityProfile p, String pointer) {
      return true;
    }

    @Override
    String key() {
      return LINES + "/*/amount";
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The facts that take part

  private static final Object[] YES_NO = {true, false};

  private static Fact yesNo(String pointer, Function<CityProfile, Optional<Boolean>> get) {
    return new Fact(pointer, p -> get.apply(p).orElse(null), YES_NO);
  }

  private static Fact number(String pointer, Function<CityProfile, OptionalInt> get) {
    return new Fact(
        pointer,
        p -> {
          OptionalInt n = get.apply(p);
          return n.isPresent() ? n.getAsInt() : null;
        },
        null);
  }

  private static <E extends Enum<E>> Fact choice(
      String pointer, Class<E> type, Function<CityProfile, Optional<E>> get) {
    return new Fact(pointer, p -> get.apply(p).orElse(null), type.getEnumConstants());
  }

  /** One entry of a yes/no map, as a fact of its own. */
  private static <K extends Enum<K>> Fact entry(
      String mapPointer, K key, Function<CityProfile, Map<K, Boolean>> map) {
    return new Fact(mapPointer + "/" + key.name(), p -> map.apply(p).get(key), YES_NO);
  }

  private static Fact value(String pointer, Function<CityProfile, Optional<?>> get) {
    return new Fact(pointer, p -> get.apply(p).orElse(null), null);
  }

  @SuppressWarnings("unchecked")
  private static <K extends Enum<K>> Conclusion allFalse(
      String pointer, Class<K> keys, Function<CityProfile, Map<K, Boolean>> map) {
    return new EveryEntry(
        pointer,
        keys.getEnumConstants(),
        (Function<CityProfile, Map<? extends Enum<?>, Boolean>>) (Function<?, ?>) map,
        false);
  }

  private static Conclusion empty(String pointer, Function<CityProfile, List<?>> list) {
    return new EmptyList(pointer, list);
  }

  private static Implication rule(String reason, Premise premise, Conclusion conclusion) {
    return new Implication(List.of(premise), conclusion, reason);
  }

  private static List<Implication> rules(
      String reason, Premise premise, Conclusion... conclusions) {
    List<Implication> rules = new ArrayList<>();
    for (Conclusion c : conclusions) {
      rules.add(rule(reason, premise, c));
    }
    return rules;
  }

  // Strategy (recommendation 3)
  private static final Fact STRATEGY =
      choice("/strategy/status", StrategyStatus.class, p -> p.strategy().status());
  private static final Fact PUBLISHED = yesNo("/strategy/published", p -> p.strategy().published());
  private static final Fact STATES_GOALS =
      yesNo("/strategy/statesGoals", p -> p.strategy().statesGoals());
  private static final Fact IDENTIFIES_RESISTANCE =
      yesNo("/strategy/identifiesResistance", p -> p.strategy().identifiesResistance());
  private static final Fact COVERS_CULTURE =
      yesNo("/strategy/coversInnovationCulture", p -> p.strategy().coversInnovationCulture());
  private static final Fact SETS_BUDGET =
      yesNo("/strategy/setsInnovationBudget", p -> p.strategy().setsInnovationBudget());

  // Staff (recommendation 4)
  private static final Fact TEAM = yesNo("/staff/dedicatedTeam", p -> p.staff().dedicatedTeam());
  private static final Fact FEEDBACK_LOOPS =
      yesNo("/staff/staffFeedbackLoops", p -> p.staff().staffFeedbackLoops());
  private static final Fact FEEDBACK_REACH =
      choice("/staff/staffFeedbackReach", Coverage.class, p -> p.staff().staffFeedbackReach());

  // Leadership (recommendation 1)
  private static final Fact CHAMPION =
      yesNo("/leadership/innovationChampion", p -> p.leadership().innovationChampion());

  // Funding (recommendation 5)
  private static final Fact DEDICATED_BUDGET =
      yesNo("/funding/dedicatedBudget", p -> p.funding().dedicatedBudget());

  // Engagement (recommendations 1 and 2)
  private static final Fact FEEDBACK_COLLECTED =
      yesNo(
          "/engagement/residentFeedbackCollected", p -> p.engagement().residentFeedbackCollected());
  private static final Fact HUMAN_CENTRED =
      yesNo(
          "/engagement/humanCentredServiceDesign", p -> p.engagement().humanCentredServiceDesign());

  // Evaluation (recommendation 6)
  private static final Fact EVALUATION_SYSTEM =
      yesNo("/evaluation/evaluationSystem", p -> p.evaluation().evaluationSystem());
  private static final Fact RESULTS_PUBLISHED =
      yesNo("/evaluation/resultsPublished", p -> p.evaluation().resultsPublished());
  private static final Fact REPORTING_FREQUENCY =
      choice(
          "/evaluation/resultsReportingFrequency",
          ReportingFrequency.class,
          p -> p.evaluation().resultsReportingFrequency());

  // Data governance (recommendation 7)
  private static final Fact DATA_TEAM =
      yesNo(
          "/dataGovernance/stewardship/dataTeam", p -> p.dataGovernance().stewardship().dataTeam());
  private static final Fact CHIEF_DATA_OFFICER =
      yesNo(
          "/dataGovernance/stewardship/chiefDataOfficer",
          p -> p.dataGovernance().stewardship().chiefDataOfficer());

  // Data strategy (recommendations 7 and 8)
  private static final Fact DATA_STRATEGY =
      choice("/dataStrategy/status", StrategyStatus.class, p -> p.dataStrategy().status());
  private static final Fact OPEN_DATA_POLICY =
      yesNo("/dataStrategy/openDataPolicy", p -> p.dataStrategy().openDataPolicy());
  private static final Fact MACHINE_READABLE =
      yesNo("/dataStrategy/machineReadableFormats", p -> p.dataStrategy().machineReadableFormats());
  private static final Fact MACHINE_READABLE_SHARE =
      number(
          "/dataStrategy/machineReadableDataSetsPercent",
          p -> p.dataStrategy().machineReadableDataSetsPercent());

  // Regulation (recommendation 9)
  private static final Fact FRAMEWORK_ADOPTED =
      yesNo("/regulation/frameworkAdopted", p -> p.regulation().frameworkAdopted());

  // Operations (recommendation 10)
  private static final Fact ONCE_ONLY =
      yesNo("/operations/onceOnly", p -> p.operations().onceOnly());
  private static final Fact ONCE_ONLY_SHARE =
      number("/operations/onceOnlyServicesPercent", p -> p.operations().onceOnlyServicesPercent());
  private static final Fact COORDINATED =
      yesNo(
          "/operations/collectionCoordinatedAcrossAgencies",
          p -> p.operations().collectionCoordinatedAcrossAgencies());
  private static final Fact COORDINATION_REACH =
      choice(
          "/operations/collectionCoordinationReach",
          Coverage.class,
          p -> p.operations().collectionCoordinationReach());
  private static final Fact RIGHT_SIZED =
      yesNo("/operations/procurementRightSized", p -> p.operations().procurementRightSized());

  private static final List<Implication> RULES = rules();

  private static List<Implication> rules() {
    List<Implication> r = new ArrayList<>();

    // Strategy: only an adopted strategy is published or has an adoption date (L89, L91).
    String notAdopted = "a strategy that is not adopted is neither published nor dated";
    Premise draftOrNone = STRATEGY.is(StrategyStatus.NONE, StrategyStatus.IN_DEVELOPMENT);
    r.add(rule(notAdopted, draftOrNone, PUBLISHED.isAlso(false)));
    r.add(
        rule(
            notAdopted,
            draftOrNone,
            value("/strategy/adoptedOn", p -> p.strategy().adoptedOn()).isAbsent()));

    // No strategy at all: nothing is in a strategy (L91).
    String noStrategy = "a city with no innovation strategy has nothing in a strategy";
    Premise none = STRATEGY.is(StrategyStatus.NONE);
    r.addAll(
        rules(
            noStrategy,
            none,
            STATES_GOALS.isAlso(false),
            value("/strategy/scope", p -> p.strategy().scope()).isAbsent(),
            allFalse(
                "/strategy/staffRoles", StaffRoleElement.class, p -> p.strategy().staffRoles()),
            yesNo("/strategy/fundingExpectations", p -> p.strategy().fundingExpectations())
                .isAlso(false),
            yesNo("/strategy/dataUseExpectations", p -> p.strategy().dataUseExpectations())
                .isAlso(false),
            IDENTIFIES_RESISTANCE.isAlso(false),
            COVERS_CULTURE.isAlso(false),
            yesNo("/strategy/dataCompetencyStandards", p -> p.strategy().dataCompetencyStandards())
                .isAlso(false),
            yesNo("/strategy/openDataStandards", p -> p.strategy().openDataStandards())
                .isAlso(false),
            SETS_BUDGET.isAlso(false)));
    r.add(
        rule(
            "a strategy said to set no goals lists none",
            STATES_GOALS.is(false),
            empty("/strategy/goals", p -> p.strategy().goals())));
    r.add(
        rule(
            "a strategy said to identify no resistance lists no barriers",
            IDENTIFIES_RESISTANCE.is(false),
            empty("/strategy/barriers", p -> p.strategy().barriers())));
    r.add(
        rule(
            "a strategy that does not enshrine the culture of innovation enshrines none of its"
                + " concepts",
            COVERS_CULTURE.is(false),
            allFalse(
                "/strategy/cultureConcepts",
                CultureConcept.class,
                p -> p.strategy().cultureConcepts())));

    // Staff: no dedicated team, nothing of a team (L105-119).
    r.addAll(
        rules(
            "a city with no dedicated innovation team has no team to size, date, report, embed or"
                + " resource",
            TEAM.is(false),
            number("/staff/teamSize", p -> p.staff().teamSize()).isAlso(0),
            value("/staff/teamEstablishedOn", p -> p.staff().teamEstablishedOn()).isAbsent(),
            choice("/staff/reportsTo", ReportingLine.class, p -> p.staff().reportsTo()).isAbsent(),
            allFalse(
                "/staff/embeddingPractices",
                EmbeddingPractice.class,
                p -> p.staff().embeddingPractices()),
            yesNo("/staff/stableTeamResources", p -> p.staff().stableTeamResources()).isAlso(false),
            number(
                    "/staff/teamResourcesCommittedYears",
                    p -> p.staff().teamResourcesCommittedYears())
                .isAlso(0)));
    r.add(
        rule(
            "a dedicated innovation team has at least one member",
            TEAM.is(true),
            number("/staff/teamSize", p -> p.staff().teamSize()).isAtLeast(1)));
    r.add(
        rule(
            "a city with no feedback loops for lower-level staff has them nowhere",
            FEEDBACK_LOOPS.is(false),
            FEEDBACK_REACH.isAlso(Coverage.NONE)));
    r.add(
        rule(
            "feedback loops that reach no one are no feedback loops",
            FEEDBACK_REACH.is(Coverage.NONE),
            FEEDBACK_LOOPS.isAlso(false)));

    // Leadership: no champion, nothing of a champion (L41).
    r.addAll(
        rules(
            "a city with no innovation champion has no champion to report or integrate",
            CHAMPION.is(false),
            choice(
                    "/leadership/championReportsTo",
                    ReportingLine.class,
                    p -> p.leadership().championReportsTo())
                .isAbsent(),
            yesNo("/leadership/championIntegrated", p -> p.leadership().championIntegrated())
                .isAlso(false)));

    // Funding: no dedicated budget, nothing of a budget (L127).
    r.addAll(
        rules(
            "a city with no dedicated innovation budget commits, sets, enshrines and discusses no"
                + " such budget",
            DEDICATED_BUDGET.is(false),
            number("/funding/commitmentHorizonYears", p -> p.funding().commitmentHorizonYears())
                .isAlso(0),
            new NoMoneyInAnyLine(),
            yesNo("/funding/setExAnte", p -> p.funding().setExAnte()).isAlso(false),
            yesNo("/funding/inBudgetDiscussions", p -> p.funding().inBudgetDiscussions())
                .isAlso(false),
            SETS_BUDGET.isAlso(false)));

    // Engagement: feedback not collected cannot inform decisions (L87); no human-centred design,
    // nothing co-created with it (L71).
    r.addAll(
        rules(
            "feedback that is not collected cannot inform budget or policy decisions",
            FEEDBACK_COLLECTED.is(false),
            yesNo(
                    "/engagement/feedbackInBudgetDecisions",
                    p -> p.engagement().feedbackInBudgetDecisions())
                .isAlso(false),
            yesNo(
                    "/engagement/feedbackInPolicyDecisions",
                    p -> p.engagement().feedbackInPolicyDecisions())
                .isAlso(false)));
    r.add(
        rule(
            "a city that does not use human-centred design does not apply it to co-create with"
                + " stakeholders",
            entry(
                    "/engagement/innovationTools",
                    InnovationTool.HUMAN_CENTRED_DESIGN,
                    p -> p.engagement().innovationTools())
                .is(false),
            HUMAN_CENTRED.isAlso(false)));
    // Evaluation: a method the city evaluates innovation with is a data method it uses (L155:
    // data methods such as resident surveys and randomised trials "enable the city to evaluate").
    for (DataMethod method :
        List.of(DataMethod.RESIDENT_SURVEYS, DataMethod.RANDOMISED_CONTROLLED_TRIALS)) {
      EvaluationMethod evaluation = EvaluationMethod.valueOf(method.name());
      r.add(
          rule(
              "a method the city evaluates innovation with is a data method it uses",
              entry("/evaluation/methods", evaluation, p -> p.evaluation().methods()).is(true),
              entry("/dataUse/methods", method, p -> p.dataUse().methods()).isAlso(true)));
    }
    r.add(
        rule(
            "without human-centred design, nothing is co-created through it",
            HUMAN_CENTRED.is(false),
            allFalse(
                "/engagement/coCreatedOutputs",
                CoCreatedOutput.class,
                p -> p.engagement().coCreatedOutputs())));

    // Evaluation: no system of evaluation, no project evaluated from inception (L169, L171);
    // results never reported are not published (L177).
    r.addAll(
        rules(
            "a city with no system of evaluation monitors no project from inception and bases no"
                + " stop decision on evaluation",
            EVALUATION_SYSTEM.is(false),
            number(
                    "/evaluation/projectsMonitoredFromInceptionPercent",
                    p -> p.evaluation().projectsMonitoredFromInceptionPercent())
                .isAlso(0),
            yesNo(
                    "/evaluation/stopDecisionsUseEvaluation",
                    p -> p.evaluation().stopDecisionsUseEvaluation())
                .isAlso(false)));
    r.add(
        rule(
            "results that are not published are never reported",
            RESULTS_PUBLISHED.is(false),
            REPORTING_FREQUENCY.isAlso(ReportingFrequency.NEVER)));
    r.add(
        rule(
            "results never reported are not published",
            REPORTING_FREQUENCY.is(ReportingFrequency.NEVER),
            RESULTS_PUBLISHED.isAlso(false)));

    // Data governance: neither a data team nor a chief data officer, no stewardship to describe.
    for (Conclusion c :
        List.of(
            yesNo(
                    "/dataGovernance/stewardship/citywide",
                    p -> p.dataGovernance().stewardship().citywide())
                .isAlso(false),
            allFalse(
                "/dataGovernance/stewardship/dimensions",
                StewardshipDimension.class,
                p -> p.dataGovernance().stewardship().dimensions()),
            allFalse(
                "/dataGovernance/stewardship/stagesCovered",
                ValueCycleStage.class,
                p -> p.dataGovernance().stewardship().stagesCovered()))) {
      r.add(
          new Implication(
              List.of(DATA_TEAM.is(false), CHIEF_DATA_OFFICER.is(false)),
              c,
              "with neither a data team nor a chief data officer there is no stewardship to"
                  + " describe"));
    }

    // Data strategy: none is implemented nowhere (L183, L199); no open data policy, nothing of
    // one (L221); no machine-readable data, a share of 0, and back (L215).
    r.add(
        rule(
            "a data strategy that does not exist is implemented nowhere",
            DATA_STRATEGY.is(StrategyStatus.NONE),
            choice(
                    "/dataStrategy/implementation",
                    Coverage.class,
                    p -> p.dataStrategy().implementation())
                .isAlso(Coverage.NONE)));
    r.addAll(
        rules(
            "a city with no open data policy has no policy to publish or to commit to disclosure",
            OPEN_DATA_POLICY.is(false),
            yesNo(
                    "/dataStrategy/openDataPolicyPublic",
                    p -> p.dataStrategy().openDataPolicyPublic())
                .isAlso(false),
            yesNo("/dataStrategy/proactiveDisclosure", p -> p.dataStrategy().proactiveDisclosure())
                .isAlso(false)));
    r.add(
        rule(
            "when no published data is machine-readable, the machine-readable share is 0",
            MACHINE_READABLE.is(false),
            MACHINE_READABLE_SHARE.isAlso(0)));
    r.add(
        rule(
            "a machine-readable share of 0 means no published data is machine-readable",
            MACHINE_READABLE_SHARE.is(0),
            MACHINE_READABLE.isAlso(false)));

    // Regulation: only an adopted framework can be public (L245).
    r.add(
        rule(
            "a regulatory framework that is not adopted cannot be public",
            FRAMEWORK_ADOPTED.is(false),
            yesNo("/regulation/frameworkPublic", p -> p.regulation().frameworkPublic())
                .isAlso(false)));

    // Operations: once-only and co-ordinated collection, the yes/no and the share or reach
    // (L265, L269); right-sized procurement fits both needs and competences (L277).
    r.add(
        rule(
            "when no service collects data only once, the once-only share is 0",
            ONCE_ONLY.is(false),
            ONCE_ONLY_SHARE.isAlso(0)));
    r.add(
        rule(
            "a once-only share of 0 means no service collects data only once",
            ONCE_ONLY_SHARE.is(0),
            ONCE_ONLY.isAlso(false)));
    r.add(
        rule(
            "collection that is not co-ordinated among agencies is co-ordinated nowhere",
            COORDINATED.is(false),
            COORDINATION_REACH.isAlso(Coverage.NONE)));
    r.add(
        rule(
            "collection co-ordinated nowhere is not co-ordinated among agencies",
            COORDINATION_REACH.is(Coverage.NONE),
            COORDINATED.isAlso(false)));
    r.add(
        new Implication(
            List.of(
                yesNo(
                        "/operations/procurementFitsNeeds",
                        p -> p.operations().procurementFitsNeeds())
                    .is(true),
                yesNo(
                        "/operations/procurementFitsCompetences",
                        p -> p.operations().procurementFitsCompetences())
                    .is(true)),
            RIGHT_SIZED.isAlso(true),
            "procurement that fits both the current needs and the internal competences is"
                + " right-sized"));
    r.addAll(
        rules(
            "procurement that is right-sized fits both the current needs and the internal"
                + " competences",
            RIGHT_SIZED.is(true),
            yesNo("/operations/procurementFitsNeeds", p -> p.operations().procurementFitsNeeds())
                .isAlso(true),
            yesNo(
                    "/operations/procurementFitsCompetences",
                    p -> p.operations().procurementFitsCompetences())
                .isAlso(true)));
    return Collections.unmodifiableList(r);
  }

  /** The implications by the pointer their conclusion decides ({@code /*} for map entries). */
  private static final Map<String, List<Implication>> BY_CONCLUSION = byConclusion();

  /**
   * Every fact that takes part in a premise, once each: a profile's reader keeps their values in an
   * array, so applying the implications reads each fact of the profile once.
   */
  private static final List<Fact> PREMISE_FACTS = premiseFacts();

  /**
   * A slot for every pointer an implication can decide (conclusions, each entry of a map-wide one,
   * and premise facts, which backward implications decide): a profile keeps what it decides in an
   * array by slot, and a read looks its pointer up in this one table shared by all.
   */
  private static final Map<String, Integer> SLOTS = slots();

  /** The hash of each slot's pointer, by slot, for the profiles' filters of what they decide. */
  private static final int[] SLOT_HASHES = slotHashes();

  /** The size of a profile's filter of what it decides, in 64-bit words. */
  private static final int FILTER_WORDS = 16;

  private static int[] slotHashes() {
    int[] hashes = new int[SLOTS.size()];
    SLOTS.forEach((pointer, slot) -> hashes[slot] = pointer.hashCode());
    return hashes;
  }

  private static Map<String, Integer> slots() {
    Map<String, Integer> slots = new HashMap<>();
    for (Implication rule : RULES) {
      rule.keySlot = slots.computeIfAbsent(rule.key, k -> slots.size());
      if (rule.conclusion instanceof EveryEntry every) {
        every.keySlots = new int[every.keyPointers.length];
        for (int i = 0; i < every.keyPointers.length; i++) {
          every.keySlots[i] = slots.computeIfAbsent(every.keyPointers[i], k -> slots.size());
        }
      }
      for (Premise p : rule.premises) {
        p.slot = slots.computeIfAbsent(p.fact.pointer, k -> slots.size());
      }
    }
    // A HashMap, never changed after this, rather than Map.copyOf: most lookups miss (the fact
    // read is one no implication decides), and a HashMap compares hashes before the long common
    // prefixes of pointers, where Map.copyOf's table compares each probed key in full.
    return slots;
  }

  /** For each premise fact, the positions in {@link #RULES} of the implications that read it. */
  private static final int[][] READERS = readers();

  private static int[][] readers() {
    int[][] readers = new int[PREMISE_FACTS.size()][];
    for (int f = 0; f < readers.length; f++) {
      List<Integer> rules = new ArrayList<>();
      for (int r = 0; r < RULES.size(); r++) {
        for (Premise p : RULES.get(r).premise) {
          if (p.index == f) {
            rules.add(r);
            break;
          }
        }
      }
      readers[f] = rules.stream().mapToInt(Integer::intValue).toArray();
    }
    return readers;
  }

  private static List<Fact> premiseFacts() {
    Map<String, Integer> index = new HashMap<>();
    List<Fact> facts = new ArrayList<>();
    for (Implication rule : RULES) {
      for (Premise p : rule.premise) {
        Integer i = index.get(p.fact.pointer);
        if (i == null) {
          i = facts.size();
          index.put(p.fact.pointer, i);
          facts.add(p.fact);
        }
        p.index = i;
        p.indexOnly = new int[] {i};
      }
    }
    for (Implication rule : RULES) {
      List<Integer> feeds = new ArrayList<>();
      for (int f = 0; f < facts.size(); f++) {
        if (rule.conclusion.valueAt(facts.get(f).pointer) != null) {
          feeds.add(f);
        }
      }
      rule.feeds = feeds.stream().mapToInt(Integer::intValue).toArray();
    }
    return List.copyOf(facts);
  }

  private static Map<String, List<Implication>> byConclusion() {
    Map<String, List<Implication>> index = new HashMap<>();
    for (Implication rule : RULES) {
      index.computeIfAbsent(rule.key, k -> new ArrayList<>()).add(rule);
    }
    return Map.copyOf(index);
  }

  /** The pointers of every fact an implication names, for documentation and tests. */
  static Set<String> pointers() {
    Set<String> all = new LinkedHashSet<>();
    for (Implication rule : RULES) {
      rule.premise().forEach(c -> all.add(c.pointer()));
      all.add(rule.conclusion().pointer());
    }
    return all;
  }

  static {
    // The premise values of every implication are values the fact can take.
    for (Implication rule : RULES) {
      for (Premise p : rule.premise) {
        if (p.fact.domain != null && !Arrays.asList(p.fact.domain).containsAll(p.values)) {
          throw new ExceptionInInitializerError("bad premise values in " + rule);
        }
      }
    }
  }
}
