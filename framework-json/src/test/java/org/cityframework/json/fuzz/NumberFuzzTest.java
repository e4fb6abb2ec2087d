package org.cityframework.json.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cityframework.json.DocumentFormat;
import org.cityframework.rules.Assessor;

/**
 * A number of any size and form in one of the numeric facts of a valid profile (whole numbers,
 * percentages, years, money, goal values): the reader returns a profile or refuses the document,
 * and whatever it returns writes, reads back equal in both formats and can be assessed.
 */
class NumberFuzzTest {
  private static final String PROFILE =
      """
      {"schemaVersion": "1.0", "name": "Riverton", "country": "GB", "assessedOn": "2026-03-31",
       "population": %s,
       "staff": {"teamSize": %s},
       "evaluation": {"projectsMonitoredFromInceptionPercent": %s},
       "strategy": {"status": "ADOPTED",
                    "goals": [{"description": "Cut waits", "baseline": %s, "target": %s}]},
       "funding": {"dedicatedBudget": true,
                   "budgetLines": [{"year": %s, "amount": %s, "currency": "EUR"}]}}
      """;

  /** Valid values for the facts, in the order of the profile; the fuzzer replaces one. */
  private static final List<String> VALID =
      List.of("120000", "3", "50", "94", "45", "2025", "180000");

  @FuzzTest
  void reads_a_number_of_any_size_or_refuses_it(FuzzedDataProvider data) {
    Object[] numbers = VALID.toArray();
    numbers[data.consumeInt(0, numbers.length - 1)] = number(data);
    byte[] document = PROFILE.formatted(numbers).getBytes(StandardCharsets.UTF_8);
    Outcome.ofBytes(DocumentFormat.JSON, document)
        .profile()
        .ifPresent(
            p -> {
              Outcome.roundTrips(DocumentFormat.JSON, p);
              Outcome.roundTrips(DocumentFormat.YAML, p);
              DocumentFormat.JSON.writeAssessment(Assessor.standard().assess(p));
            });
  }

  /** A JSON number: a sign, digits, perhaps a fraction, perhaps an exponent of any size. */
  static String number(FuzzedDataProvider data) {
    StringBuilder n = new StringBuilder();
    if (data.consumeBoolean()) {
      n.append('-');
    }
    n.append(data.consumeLong(0, Long.MAX_VALUE));
    if (data.consumeBoolean()) {
      n.append('.').append(data.consumeLong(0, Long.MAX_VALUE));
    }
    if (data.consumeBoolean()) {
      n.append(data.consumeBoolean() ? 'e' : 'E').append(data.consumeLong());
    }
    return n.toString();
  }
}
