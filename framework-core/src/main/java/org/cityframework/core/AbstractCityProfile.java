package org.cityframework.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What is known about one city's innovation and data-use capacity on one date: the input of an
 * assessment against the ten recommendations of the OECD chapter "Building innovation and data use
 * capacity in city government".
 *
 * <p>Each section models one part of the framework. Knowledge is three-valued: a fact the profile
 * does not state is unknown, never "no" (L167-169: do not wait for complete data). Build one with
 * {@code CityProfile.builder()}; ask "what if?" with the {@code with*} copies, for example {@code
 * profile.withStrategy(strategy)}.
 */
@Value.Immutable
@CityValue
abstract class AbstractCityProfile {

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  // The sections a profile leaves out, made once: values are immutable, so profiles share them.
  private static final Leadership EMPTY_LEADERSHIP = Leadership.builder().build();
  private static final Culture EMPTY_CULTURE = Culture.builder().build();
  private static final InnovationStrategy EMPTY_STRATEGY = InnovationStrategy.builder().build();
  private static final InnovationStaff EMPTY_STAFF = InnovationStaff.builder().build();
  private static final Funding EMPTY_FUNDING = Funding.builder().build();
  private static final Engagement EMPTY_ENGAGEMENT = Engagement.builder().build();
  private static final DataUse EMPTY_DATA_USE = DataUse.builder().build();
  private static final Evaluation EMPTY_EVALUATION = Evaluation.builder().build();
  private static final DataGovernance EMPTY_DATA_GOVERNANCE = DataGovernance.builder().build();
  private static final DataStrategy EMPTY_DATA_STRATEGY = DataStrategy.builder().build();
  private static final Regulation EMPTY_REGULATION = Regulation.builder().build();
  private static final Operations EMPTY_OPERATIONS = Operations.builder().build();

  /** The city's name. */
  public abstract String name();

  /** The city's country as an ISO 3166-1 alpha-2 code, for example {@code GB}. */
  public abstract String country();

  /** The city's population. */
  public abstract OptionalInt population();

  /** The date the facts describe; no fact in the profile may be dated after it. */
  public abstract LocalDate assessedOn();

  /** The year of the OECD/Bloomberg survey wave the facts come from, for example 2020 (L15). */
  public abstract OptionalInt surveyWave();

  /** Where the facts come from. */
  public abstract List<Source> sources();

  /** Free-text notes: evidence for a reader, never read by a check. */
  public abstract Optional<String> notes();

  /** Leadership (recommendation 1). */
  @Value.Default
  public Leadership leadership() {
    return EMPTY_LEADERSHIP;
  }

  /** Culture of innovation (recommendations 1 and 2). */
  @Value.Default
  public Culture culture() {
    return EMPTY_CULTURE;
  }

  /** Innovation strategy (recommendation 3). */
  @Value.Default
  public InnovationStrategy strategy() {
    return EMPTY_STRATEGY;
  }

  /** Innovation staff and organisation (recommendation 4). */
  @Value.Default
  public InnovationStaff staff() {
    return EMPTY_STAFF;
  }

  /** Funding for innovation (recommendation 5). */
  @Value.Default
  public Funding funding() {
    return EMPTY_FUNDING;
  }

  /** Engagement and co-creation (recommendations 1 and 2). */
  @Value.Default
  public Engagement engagement() {
    return EMPTY_ENGAGEMENT;
  }

  /** Data use for innovation (recommendation 6). */
  @Value.Default
  public DataUse dataUse() {
    return EMPTY_DATA_USE;
  }

  /** Evaluation of innovation outcomes (recommendation 6). */
  @Value.Default
  public Evaluation evaluation() {
    return EMPTY_EVALUATION;
  }

  /** Data governance, strategic layer (recommendation 7). */
  @Value.Default
  public DataGovernance dataGovernance() {
    return EMPTY_DATA_GOVERNANCE;
  }

  /** Data strategy, tactical layer (recommendations 7 and 8). */
  @Value.Default
  public DataStrategy dataStrategy() {
    return EMPTY_DATA_STRATEGY;
  }

  /** Regulation, tactical layer (recommendation 9). */
  @Value.Default
  public Regulation regulation() {
    return EMPTY_REGULATION;
  }

  /** Operations, delivery layer (recommendation 10). */
  @Value.Default
  public Operations operations() {
    return EMPTY_OPERATIONS;
  }

  /**
   * The facts the model's implications decide for this profile ({@link Implications#of}): worked
   * out when first asked for, then kept, so that validation and every assessment of the profile
   * share them. Not a fact of the profile: no part of its equality, text or documents.
   */
  @Value.Lazy
  Implications.ImpliedFacts impliedFacts() {
    return Implications.workOut((CityProfile) this);
  }

  @Value.Check
  protected void check() {
    Problems p = new Problems();
    p.notBlank(name(), "/name", "the city's name");
    if (!COUNTRIES.contains(country())) {
      p.add(
          "/country",
          "the country must be an ISO 3166-1 alpha-2 code such as GB or FR (found \""
              + country()
              + "\")");
    }
    OptionalInt population = population();
    if (population.isPresent() && population.getAsInt() <= 0) {
      p.add(
          "/population",
          "the population must be greater than 0 (found " + population.getAsInt() + ")");
    }
    LocalDate on = assessedOn();
    OptionalInt wave = surveyWave();
    if (wave.isPresent() && (wave.getAsInt() < 2000 || wave.getAsInt() > on.getYear())) {
      p.add(
          "/surveyWave",
          "the survey wave must be a year from 2000 to the assessment year "
              + on.getYear()
              + " (found "
              + wave.getAsInt()
              + ")");
    }
    for (int i = 0; i < sources().size(); i++) {
      Optional<LocalDate> accessedOn = sources().get(i).accessedOn();
      if (Problems.isAfter(accessedOn, on)) {
        p.notAfter(
            accessedOn, on, "/sources/" + i + "/accessedOn", "the date a source was consulted");
      }
    }
    p.notAfter(strategy().adoptedOn(), on, "/strategy/adoptedOn", "the strategy's adoption date");
    p.notAfter(
        staff().teamEstablishedOn(),
        on,
        "/staff/teamEstablishedOn",
        "the date the innovation team was established");
    List<BudgetLine> lines = funding().budgetLines();
    for (int i = 0; i < lines.size(); i++) {
      int year = lines.get(i).year();
      if (year > on.getYear() + 1) {
        p.add(
            "/funding/budgetLines/" + i + "/year",
            "a budget year can be at most one year after the assessment year "
                + on.getYear()
                + " (found "
                + year
                + ")");
      }
    }
    for (ProfileProblem problem : Implications.contradictions((CityProfile) this)) {
      p.add(problem.pointer(), problem.message());
    }
    p.throwIfAny();
  }
}
