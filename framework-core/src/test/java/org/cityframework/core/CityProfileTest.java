package org.cityframework.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityframework.core.ProfileAssertions.assertRejected;
import static org.cityframework.core.ProfileAssertions.rejection;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The identity of a city profile: name, country, population, survey wave. */
class CityProfileTest {

  static final LocalDate ASSESSED_ON = LocalDate.of(2026, 6, 30);

  static CityProfile.Builder city() {
    return CityProfile.builder().name("Testville").country("FR").assessedOn(ASSESSED_ON);
  }

  @Test
  void rejects_a_blank_name() {
    assertRejected(() -> city().name(" ").build(), "/name", "the city's name must not be blank");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"fr", "FRA", "France", "XX", ""})
  void rejects_a_country_that_is_not_an_iso_3166_alpha_2_code(String country) {
    assertRejected(
        () -> city().country(country).build(),
        "/country",
        "ISO 3166-1 alpha-2 code such as GB or FR (found \"" + country + "\")");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"GB", "FR", "US", "KR"})
  void builds_a_city_in_a_country_given_by_its_iso_code(String country) {
    assertThat(city().country(country).build().country()).isEqualTo(country);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {0, -1})
  void rejects_a_population_that_is_not_positive(int population) {
    assertRejected(
        () -> city().population(population).build(),
        "/population",
        "the population must be greater than 0 (found " + population + ")");
  }

  @Test
  void builds_a_population_of_one() {
    assertThat(city().population(1).build().population()).hasValue(1);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {1999, 2027})
  void rejects_a_survey_wave_outside_2000_to_the_assessment_year(int wave) {
    assertRejected(
        () -> city().surveyWave(wave).build(),
        "/surveyWave",
        "the survey wave must be a year from 2000 to the assessment year 2026");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {2000, 2018, 2020, 2026})
  void builds_a_survey_wave_from_2000_to_the_assessment_year(int wave) {
    assertThat(city().surveyWave(wave).build().surveyWave()).hasValue(wave);
  }

  @Test
  void lists_every_problem_of_a_profile_at_once() {
    InvalidProfileException e =
        rejection(
            () ->
                city()
                    .name("")
                    .country("Fr")
                    .population(0)
                    .surveyWave(2030)
                    .strategy(
                        InnovationStrategy.builder().adoptedOn(ASSESSED_ON.plusDays(1)).build())
                    .build());

    assertThat(e.problems())
        .extracting(ProfileProblem::pointer)
        .containsExactly("/name", "/country", "/population", "/surveyWave", "/strategy/adoptedOn");
    assertThat(e.getMessage()).startsWith("5 problems in the city profile:");
  }
}
