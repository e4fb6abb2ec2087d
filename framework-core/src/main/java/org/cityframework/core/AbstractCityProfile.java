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
    return Leadership.builder().build();
  }

  /** Culture of innovation (recommendations 1 and 2). */
  @Value.Default
  public Culture culture() {
    return Culture.builder().build();
  }

  /** Innovation strategy (recommendation 3). */
  @Value.Default
  public InnovationStrategy strategy() {
    return InnovationStrategy.builder().build();
  }

  /** Innovation staff and organisation (recommendation 4). */
  @Value.Default
  public InnovationStaff staff() {
    return InnovationStaff.builder().build();
  }

  /** Funding for innovation (recommendation 5). */
  @Value.Default
  public Funding funding() {
    return Funding.builder().build();
  }

  /** Engagement and co-creation (recommendations 1 and 2). */
  @Value.Default
  public Engagement engagement() {
    return Engagement.builder().build();
  }

  /** Data use for innovation (recommendation 6). */
  @Value.Default
  public DataUse dataUse() {
    return DataUse.builder().build();
  }

  /** Evaluation of innovation outcomes (recommendation 6). */
  @Value.Default
  public Evaluation evaluation() {
    return Evaluation.builder().build();
  }

  /** Data governance, strategic layer (recommendation 7). */
  @Value.Default
  public DataGovernance dataGovernance() {
    return DataGovernance.builder().build();
  }

  /** Data strategy, tactical layer (recommendations 7 and 8). */
  @Value.Default
  public DataStrategy dataStrategy() {
    return DataStrategy.builder().build();
  }

  /** Regulation, tactical layer (recommendation 9). */
  @Value.Default
  public Regulation regulation() {
    return Regulation.builder().build();
  }

  /** Operations, delivery layer (recommendation 10). */
  @Value.Default
  public Operations operations() {
    return Operations.builder().build();
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
    p.throwIfAny();
  }
}
