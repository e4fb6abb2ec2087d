package org.cityframework.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityframework.rules.Status.MET;
import static org.cityframework.rules.Status.NOT_ASSESSED;
import static org.cityframework.rules.Status.NOT_MET;
import static org.cityframework.rules.Status.PARTLY_MET;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cityframework.core.CityProfile;
import org.cityframework.json.DocumentFormat;
import org.cityframework.json.ProfileSchema;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;
import org.cityframework.rules.Finding;
import org.cityframework.rules.Question;
import org.cityframework.rules.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The archetype cities of examples/archetypes/: fictional cities, each embodying one situation the
 * chapter describes (OECD 2021, ch. 5; "L25" is line 25 of the chapter's text). Each test asserts
 * what the chapter implies for its archetype, citing the line that implies it: the expected
 * verdicts come from the chapter's narrative, not from the library's output, so a failure here is a
 * disagreement between the library and the chapter.
 *
 * <p>Partial archetypes leave facts of their own situation unknown, as most real profiles do. For
 * them the tests assert the gaps that are certain whatever the unknown facts turn out to be, with
 * the exact range ({@code worstCase()} to {@code bestCase()}) the stated facts leave open, and that
 * the first question to ask concerns a foundation.
 */
class ArchetypesTest {
  private static final Path ARCHETYPES = Path.of("archetypes");
  private static final Assessor ASSESSOR = Assessor.standard();
  private static final ProfileSchema SCHEMA = ProfileSchema.load();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The archetypes whose own situation is only partly known. */
  private static final List<String> PARTIAL =
      List.of(
          "mayor-who-funds-nothing",
          "isolated-innovation-lab",
          "data-rich-culture-poor",
          "evaluates-nothing",
          "city-in-transition",
          "half-answered-survey",
          "funding-lost-at-turnover",
          "shiny-new-toys");

  /** A sentence ends at a full stop, question or exclamation mark followed by a capital. */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z])");

  private static final Pattern LINE_CITATION = Pattern.compile("\\(L\\d+");

  static Stream<Path> archetypes() throws IOException {
    try (Stream<Path> files = Files.list(ARCHETYPES)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The documents

  @ParameterizedTest(name = "{0}")
  @MethodSource("archetypes")
  void every_archetype_is_valid_canonical_and_says_which_situation_it_embodies(Path file)
      throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);

    // Reading is strict: a malformed, out-of-range or self-contradicting profile is refused.
    CityProfile profile = DocumentFormat.JSON.readProfile(file);
    assertThat(DocumentFormat.JSON.writeProfile(profile)).as("canonical form").isEqualTo(text);
    assertThat(text).startsWith("{\n  \"schemaVersion\": \"1.1\",\n");

    assertThat(profile.notes()).as("notes").isPresent();
    String notes = profile.notes().orElseThrow();
    assertThat(SENTENCE_END.split(notes))
        .as("sentences of the notes: %s", notes)
        .hasSizeBetween(2, 3);
    assertThat(LINE_CITATION.matcher(notes).find()).as("notes cite a line: %s", notes).isTrue();
    assertThat(ASSESSOR.assess(profile).findings()).hasSize(84);
  }

  /**
   * Other tools validate profiles with the committed JSON Schema (docs/json.md): it must accept
   * every profile the library reads and writes, including the facts of format 1.1.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("archetypes")
  void every_archetype_conforms_to_the_committed_profile_schema(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);

    assertThat(SCHEMA.validate(JSON.readTree(text))).as("schema problems").isEmpty();
  }

  @Test
  void there_are_at_least_twelve_archetypes_and_at_least_five_are_partial() throws IOException {
    List<String> names =
        archetypes().map(f -> f.getFileName().toString().replace(".json", "")).toList();

    assertThat(names).hasSizeGreaterThanOrEqualTo(12);
    assertThat(PARTIAL).hasSizeGreaterThanOrEqualTo(5);
    assertThat(names).containsAll(PARTIAL);
    for (String partial : PARTIAL) {
      // Partial: facts of its own situation are unknown, so some gap is certain but undecided.
      assertThat(assess(partial).findings())
          .as("%s has a certain gap the unknown facts leave undecided", partial)
          .anySatisfy(f -> assertThat(f.isCertainGap() && f.status() == NOT_ASSESSED).isTrue());
    }
    assertThat(archetypes().map(f -> DocumentFormat.JSON.readProfile(f).name()))
        .as("each archetype is a city of its own")
        .doesNotHaveDuplicates();
  }

  // ---------------------------------------------------------------------------------------------
  // The chapter's archetypes

  @Test
  void a_mayor_who_speaks_of_innovation_but_funds_nothing_has_certain_funding_gaps() {
    Assessment a = assess("mayor-who-funds-nothing");

    // L31: moving beyond rhetoric means funding and staff; the city has neither.
    certainGap(a, "R1.2", NOT_MET, NOT_MET, "L31: no funding and no staff for innovation");
    // L127: a dedicated budget, set ex ante; there is no dedicated budget at all.
    certainGap(a, "R5.1", NOT_MET, NOT_MET, "L127: no dedicated innovation budget");
    // L121, L123: stable, long-term funding; nothing is budgeted or committed, and partnerships
    // (unknown) could stand in only partly for funding the city does not give (L123, L137).
    certainGap(a, "R5.0", NOT_MET, PARTLY_MET, "L121, L123: no budget, nothing committed");
    // L25: a mayor hesitant to prioritise innovation; managers, residents and staff unknown, so
    // innovation is at best partly a top priority.
    certainGap(a, "R1.0", NOT_MET, PARTLY_MET, "L25: the mayor does not prioritise innovation");
    // L105: no dedicated innovation staff, so none reports to senior leadership.
    certainGap(a, "R4.0", NOT_MET, NOT_MET, "L105: no dedicated innovation staff");
    // L29 against L31: the words are there, innovation is in the mayor's goals; the money is not.
    decided(a, "R1.1", MET, "L29: innovation is among the mayor's stated goals");

    // L91: the strategy is the linchpin, and nothing is known of it: ask about it first.
    firstQuestionConcerns(a, "R3.0", "L91: the strategy is the linchpin");
  }

  @Test
  void an_innovation_lab_isolated_from_the_agencies_is_not_embedded_and_its_culture_stays_in_it() {
    Assessment a = assess("isolated-innovation-lab");

    // L107, L115: no joint meetings, reviews, staff swaps or collaborative projects.
    certainGap(a, "R4.3", NOT_MET, NOT_MET, "L107, L115: the lab is not embedded in agencies");
    // L61: culture limited to the innovation team curtails its impact; whatever residents' role
    // (unknown), the culture is not one throughout the city.
    certainGap(a, "R2.0", NOT_MET, PARTLY_MET, "L61: innovation culture limited to the lab");
    // L53: the approach infused into every agency, not quarantined in one team (L25).
    certainGap(a, "R1.9", NOT_MET, NOT_MET, "L25, L53: innovation reaches no agency");
    // L25: "even cities with innovative mayors might see efforts stall if agency-level managers
    // do not embrace innovation".
    certainGap(a, "R1.0", PARTLY_MET, PARTLY_MET, "L25: an innovative mayor, reluctant managers");
    // L41: the champion's position must be integrated into the broader work of the city.
    certainGap(a, "R1.5", PARTLY_MET, PARTLY_MET, "L41: the champion is not integrated");
    // L117: no feedback loops for lower-level staff.
    certainGap(a, "R4.4", NOT_MET, NOT_MET, "L117: no feedback loops for staff");
    // L75: innovation training only for the lab, not for all staff.
    certainGap(a, "R2.5", NOT_MET, PARTLY_MET, "L75: training reaches only the lab");
    // L105: the lab itself is what the headline asks for: dedicated staff reporting to the mayor.
    decided(a, "R4.0", MET, "L105: a dedicated team reporting to the mayor");

    firstQuestionConcerns(a, "R3.0", "L91: the strategy is the linchpin");
  }

  @Test
  void open_data_without_governance_publishes_well_but_governs_nothing() {
    Assessment a = assess("open-data-without-governance");

    // L215: machine-readable data on a central, public portal.
    decided(a, "R8.6", MET, "L215: 92% machine-readable data sets on a central portal");
    // L183: neither data leadership and stewardship nor a data strategy.
    decided(a, "R7.0", NOT_MET, "L183: no data steward and no data strategy");
    // L193: no data team and no data leader.
    decided(a, "R7.4", NOT_MET, "L193: no data stewardship");
    // L197-199: no data strategy to develop or implement.
    decided(a, "R8.0", NOT_MET, "L199: no data strategy");
    // L221: no codified open data policy.
    decided(a, "R8.9", NOT_MET, "L221: no open data policy");
    // L245: no regulatory framework for using and sharing data.
    decided(a, "R9.0", NOT_MET, "L245: no regulatory framework");
    // L187: data is not recognised as a strategic asset.
    decided(a, "R7.1", NOT_MET, "L187: data not a strategic asset");
  }

  @Test
  void a_strategy_without_measurable_goals_is_only_partly_the_strategy_the_chapter_asks_for() {
    Assessment a = assess("strategy-without-measurable-goals");

    // L89: formal and publicly shared, but without measurable goals.
    decided(a, "R3.0", PARTLY_MET, "L89, L91: adopted and published, goals not measurable");
    // L95: goals measurable, concrete, resident outcomes ("improved efficiency" is not one).
    decided(a, "R3.1", NOT_MET, "L95: no goal is measurable or names a resident outcome");
    // L163: teams must be clear on what to measure and how to do so.
    decided(a, "R6.6", NOT_MET, "L163: no goal says what to measure and how");
    // L11, L91: outcomes cannot be measured against goals that cannot be evaluated.
    assertThat(a.finding("R6.0").orElseThrow().isCertainGap())
        .as("R6.0, L11, L91: outcomes cannot be compared with unmeasurable goals")
        .isTrue();
    // L97: the strategy is holistic, across sectors; the fault is its goals, not its scope.
    decided(a, "R3.2", MET, "L97: a cross-sector strategy");
  }

  @Test
  void a_data_rich_city_with_a_poor_data_culture_gets_no_credit_for_its_data() {
    Assessment a = assess("data-rich-culture-poor");

    // L143: a minor role of data in decisions is not the significant role the chapter asks for,
    // and ten sectors with sufficient data do not make up for it ("not due to a lack of data").
    certainGap(a, "R6.0", PARTLY_MET, PARTLY_MET, "L143: data plays a minor role in decisions");
    // L147: basic data training for all existing and future staff; here only the data team.
    certainGap(a, "R6.1", NOT_MET, NOT_MET, "L147: data training for the data team only");
    // L209: basic data literacy for non-specialists; none.
    certainGap(a, "R8.4", NOT_MET, NOT_MET, "L209: no data literacy for non-specialists");
    // L191: data-driven governance is not communicated to staff as a priority; partners unknown.
    certainGap(a, "R7.3", NOT_MET, PARTLY_MET, "L191: the priority is not communicated to staff");

    firstQuestionConcerns(a, "R3.0", "L91: the strategy is the linchpin");
  }

  @Test
  void a_city_that_waits_for_sufficient_data_evaluates_nothing() {
    Assessment a = assess("evaluates-nothing");

    // L165-169: no inventory, no surveys or interviews, no system of evaluation.
    certainGap(a, "R6.7", NOT_MET, NOT_MET, "L169: no system of evaluation");
    // L171: with no evaluation, no project is monitored from inception or stopped on evidence.
    certainGap(a, "R6.8", NOT_MET, NOT_MET, "L171: nothing evaluated from inception");
    // L177: results are not communicated; whether insights reach implementers (L175) is unknown.
    certainGap(a, "R6.9", NOT_MET, PARTLY_MET, "L173-177: no results published");
    // L135, L159: evidence of impact does not substantiate funding decisions.
    certainGap(a, "R5.5", NOT_MET, PARTLY_MET, "L135, L159: funding without evidence of impact");
    // L179: the headline's "evaluate outcomes" half fails, whatever data's role in decisions.
    certainGap(a, "R6.0", NOT_MET, PARTLY_MET, "L179: outcomes are not evaluated");

    firstQuestionConcerns(a, "R3.0", "L91: the strategy is the linchpin");
  }

  @Test
  void innovation_funded_by_leftovers_has_no_stable_budget() {
    Assessment a = assess("funded-by-leftovers");

    // L127: a dedicated line, but not set ex ante, not in the strategy, not in budget discussions.
    gap(a, "R5.1", "L127: the budget is what is left over");
    // L121: neither stable (cut by four fifths in 2025) nor long-term (nothing committed ahead).
    gap(a, "R5.0", "L121: neither stable nor long-term");
    // L131: funding requirements do not extend beyond leadership turnover.
    decided(a, "R5.3", NOT_MET, "L131: funding not protected from turnover");
    // L119: the team's funding and resources are not stable.
    decided(a, "R4.5", NOT_MET, "L119: no stable resources for the team");
    // L101: the strategy states no realistic funding expectations.
    gap(a, "R3.4", "L101: no funding expectations in the strategy");
  }

  @Test
  void innovation_funded_by_leftovers_is_not_the_consistent_funding_of_l33() {
    Assessment a = assess("funded-by-leftovers");

    // L31-33: funding beyond rhetoric "must be consistent ... the more reliable the funding, the
    // more likely an innovation can be built durably". A line that swings from 300 000 to 60 000
    // and back to 180 000 is funding every year, but neither consistent nor reliable.
    gap(a, "R1.2", "L33: leftover funding is neither consistent nor reliable");
  }

  @Test
  void co_creation_as_consultation_only_does_not_make_residents_partners() {
    Assessment a = assess("consultation-only");

    // L63: residents as partners in the creation process, rather than simply end-users.
    gap(a, "R2.0", "L63: residents are consulted, not partners");
    // L71: human-centred design engaging stakeholders in co-creating programmes and services.
    decided(a, "R2.3", NOT_MET, "L71: no human-centred co-creation");
    // L87: feedback gleaned but not required in budget and policy decisions.
    gap(a, "R2.11", "L87: feedback collected, not required in decisions");
    // L47: investing in co-creation approaches; surveys are one, but nothing is invested.
    gap(a, "R1.6", "L47: no investment in co-creation");
  }

  @Test
  void a_data_steward_without_a_data_strategy_is_half_of_data_governance() {
    Assessment a = assess("data-steward-without-strategy");

    // L183: institutionalised data leadership and stewardship, and a coherent data strategy.
    decided(a, "R7.0", PARTLY_MET, "L183: a steward without a strategy");
    // L193: citywide stewardship by a data team and a chief data officer.
    decided(a, "R7.4", MET, "L193: citywide data stewardship");
    // L197-199: no data strategy to implement.
    decided(a, "R8.0", NOT_MET, "L199: no data strategy");
    // L195: stewardship without its legal dimension.
    gap(a, "R7.5", "L195: no legal dimension to stewardship");
  }

  @Test
  void sharing_data_without_safeguards_is_a_gap_in_every_safeguard() {
    Assessment a = assess("shares-without-safeguards");

    // L223, L253: sharing across agencies, levels of government and with partners is in place.
    decided(a, "R8.10", MET, "L223: sharing across agencies and levels of government");
    decided(a, "R9.2", MET, "L253: legal mechanisms for sharing in every direction");
    // L255: sharing balanced against none of security, privacy and ethics.
    decided(a, "R9.3", NOT_MET, "L255: no safeguard balanced against sharing");
    // L257: personal data linked without weighing re-identification.
    decided(a, "R9.4", NOT_MET, "L257: linkage without weighing re-identification");
    // L251: standards for management and sharing, but none for protection.
    gap(a, "R9.1", "L251: no data protection standard");
    // L271: no review of whether personal data can be linked or anonymised.
    gap(a, "R10.4", "L271: no linkage and anonymisation review");
  }

  @Test
  void a_framework_that_enables_sharing_but_protects_nothing_is_not_well_defined() {
    Assessment a = assess("shares-without-safeguards");

    // L245-247: "well-defined, transparent regulatory frameworks", "put in place ... to ensure
    // openness, protection, transparency and accountability". A framework with no protection
    // standard (L251) that balances sharing against no safeguard (L255) ensures no protection.
    gap(a, "R9.0", "L245, L247: a framework that ensures no protection is not well-defined");
  }

  @Test
  void delivery_without_architecture_stores_data_but_does_not_deliver() {
    Assessment a = assess("delivery-without-architecture");

    // L259-261: no standards in procedures, the flow unmapped, no data architecture.
    decided(a, "R10.0", NOT_MET, "L261: no architecture, no mapped flow, no standards");
    // L265: residents provide the same data again and again.
    decided(a, "R10.1", NOT_MET, "L265: data is not provided only once");
    // L269 and L149: collection not co-ordinated, formats not compatible.
    decided(a, "R10.3", NOT_MET, "L269: collection not co-ordinated among agencies");
    decided(a, "R6.2", NOT_MET, "L149: collection not co-ordinated, formats incompatible");
    // L275: infrastructure that manages data but neither shares nor integrates it.
    gap(a, "R10.5", "L275: no sharing or integration across institutions");
    // L277: procurement fits neither needs nor competences.
    decided(a, "R10.6", NOT_MET, "L277: procurement not right-sized");
    // L279: networks and digital infrastructure are secured.
    decided(a, "R10.7", MET, "L279: networks and infrastructure secured");
  }

  @Test
  void a_city_in_transition_has_certain_gaps_but_no_gap_for_what_it_has_not_yet_said() {
    Assessment a = assess("city-in-transition");

    // L89, L91: a strategy in development is not yet formal, nor publicly shared.
    certainGap(a, "R3.0", PARTLY_MET, PARTLY_MET, "L89, L91: the strategy is still a draft");
    // L61: innovation lives only within the new team.
    certainGap(a, "R2.0", NOT_MET, PARTLY_MET, "L61: culture limited to the new team");
    certainGap(a, "R1.9", NOT_MET, NOT_MET, "L53: innovation in no agency's daily work");
    // L105: the team exists; whom it reports to is unknown, so the headline may yet be met.
    Finding team = a.finding("R4.0").orElseThrow();
    assertThat(team.isCertainGap()).as("R4.0, L105: reporting line unknown").isFalse();
    assertThat(team.status()).as("R4.0 status").isEqualTo(NOT_ASSESSED);
    assertThat(team.bestCase()).as("R4.0 best case").isEqualTo(MET);

    // L179: evaluation must not wait; L183: the data strategy is a foundation. The innovation
    // strategy is known, so the first question is about another foundation.
    firstQuestionConcernsOneOf(
        a, List.of("R6.7", "R7.0"), "L179, L183: evaluation or data governance");
  }

  @Test
  void a_half_answered_survey_still_shows_certain_gaps() {
    Assessment a = assess("half-answered-survey");

    // L89: adopted but not publicly shared, whatever its goals are.
    certainGap(a, "R3.0", PARTLY_MET, PARTLY_MET, "L89: the strategy is not publicly shared");
    // L121: funding committed one year ahead is not long-term, whatever the budget lines.
    certainGap(a, "R5.0", PARTLY_MET, PARTLY_MET, "L121: one year is not long-term");
    // L177: results not published; insight channels (L175) skipped.
    certainGap(a, "R6.9", NOT_MET, PARTLY_MET, "L177: results not communicated");
    // L255: security balanced, ethics not, privacy skipped.
    certainGap(a, "R9.3", PARTLY_MET, PARTLY_MET, "L255: ethics not balanced against sharing");
    // L221: no open data policy.
    certainGap(a, "R8.9", NOT_MET, NOT_MET, "L221: no open data policy");
    // L49: hiring does not assess innovation; reviews skipped.
    certainGap(a, "R1.7", NOT_MET, PARTLY_MET, "L49: hiring does not consider innovation");
    // L81: no inter-agency collaboration; cross-cutting reviews skipped.
    certainGap(a, "R2.8", NOT_MET, PARTLY_MET, "L81: agencies work in silos");
    // L115: joint agency meetings but no staff swaps.
    certainGap(a, "R4.3", PARTLY_MET, PARTLY_MET, "L115: embedded only in part");

    // L183: the innovation strategy is known; data governance, a foundation, is not.
    firstQuestionConcernsOneOf(
        a, List.of("R6.7", "R7.0"), "L179, L183: evaluation or data governance");
  }

  // ---------------------------------------------------------------------------------------------
  // Archetypes of our own

  @Test
  void innovation_led_solely_by_leadership_is_only_half_of_the_dual_approach() {
    Assessment a = assess("leadership-only-innovation");

    // L23, L43: a dual approach; innovation from residents and staff must not be cast aside.
    decided(a, "R1.0", PARTLY_MET, "L43: top-down only, no bottom-up innovation");
    // L29, L41: the top-down half is in place.
    decided(a, "R1.1", MET, "L29: innovation in core mayoral goals");
    decided(a, "R1.5", MET, "L41: an integrated champion reporting to the mayor");
    // L47: no co-creation approach with residents.
    decided(a, "R1.6", NOT_MET, "L47: no co-creation with residents");
    // L51: staff not incentivised to take risks or collaborate.
    decided(a, "R1.8", NOT_MET, "L51: no incentives for staff");
    // L87: no feedback gleaned from residents.
    decided(a, "R2.11", NOT_MET, "L87: no resident feedback");
    // L117: no feedback loops for lower-level staff.
    decided(a, "R4.4", NOT_MET, "L117: no feedback loops for staff");
    // L63: residents are not involved at all.
    gap(a, "R2.0", "L63: residents not involved");
    // L79: leaders champion risk-taking, staff are not incentivised to take it.
    gap(a, "R2.7", "L79: risk-taking championed but not incentivised");
  }

  @Test
  void innovation_funding_that_does_not_survive_the_election_is_not_stable() {
    Assessment a = assess("funding-lost-at-turnover");

    // L123, L131: consistent funding despite mayoral turnover; here it stopped with the election.
    certainGap(a, "R5.3", NOT_MET, NOT_MET, "L131: funding not protected from turnover");
    certainGap(a, "R5.0", PARTLY_MET, PARTLY_MET, "L121, L123: funded two years, then none");
    // L33: funding must be consistent; two years of funding then none is only partly so.
    certainGap(a, "R1.2", PARTLY_MET, PARTLY_MET, "L33: funding was not consistent");
    // L119: no stable resources for the remaining team.
    certainGap(a, "R4.5", NOT_MET, NOT_MET, "L119: no stable resources for the team");
    // L139: no champion on the council; community champions unknown.
    certainGap(a, "R5.7", NOT_MET, PARTLY_MET, "L139: no council champions");
    // L25: the new mayor does not prioritise innovation; the rest is unknown.
    certainGap(a, "R1.0", NOT_MET, PARTLY_MET, "L25: the mayor does not prioritise innovation");

    firstQuestionConcerns(a, "R3.0", "L91: the strategy is the linchpin");
  }

  @Test
  void shiny_new_toys_are_bought_before_low_cost_innovation_and_never_stopped() {
    Assessment a = assess("shiny-new-toys");

    // L129: low-cost or self-sustaining innovations first, beware of shiny new toys.
    certainGap(a, "R5.2", NOT_MET, NOT_MET, "L129: shiny new toys first");
    // L277: procurement fits neither current needs nor internal competences.
    certainGap(a, "R10.6", NOT_MET, NOT_MET, "L277: procurement not right-sized");
    // L171: evaluation never decides whether to terminate before further investment; how many
    // projects are monitored from inception is unknown.
    certainGap(a, "R6.8", NOT_MET, PARTLY_MET, "L171: no pilot is stopped on evidence");
    // L211: data as the tool, not the solution; projects start from the technology.
    certainGap(a, "R8.5", NOT_MET, PARTLY_MET, "L211: data treated as the solution");

    firstQuestionConcerns(a, "R3.0", "L91: the strategy is the linchpin");
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private static Assessment assess(String archetype) {
    return ASSESSOR.assess(
        DocumentFormat.JSON.readProfile(ARCHETYPES.resolve(archetype + ".json")));
  }

  /** The facts decide the finding: its status is {@code status}, whatever is unknown. */
  private static void decided(Assessment a, String checkId, Status status, String because) {
    Finding f = a.finding(checkId).orElseThrow();
    assertThat(f.status()).as("%s (%s): %s", checkId, because, f).isEqualTo(status);
  }

  /** A gap whatever the unknown facts are: at best partly met. */
  private static void gap(Assessment a, String checkId, String because) {
    Finding f = a.finding(checkId).orElseThrow();
    assertThat(f.isCertainGap()).as("%s (%s) is a certain gap: %s", checkId, because, f).isTrue();
  }

  /** A certain gap, with exactly the range from {@code worst} to {@code best} left open. */
  private static void certainGap(
      Assessment a, String checkId, Status worst, Status best, String because) {
    Finding f = a.finding(checkId).orElseThrow();
    assertThat(f.isCertainGap()).as("%s (%s) is a certain gap: %s", checkId, because, f).isTrue();
    assertThat(f.worstCase()).as("%s (%s) worst case", checkId, because).isEqualTo(worst);
    assertThat(f.bestCase()).as("%s (%s) best case", checkId, because).isEqualTo(best);
  }

  /** The first question to ask bears on {@code checkId}, a foundation. */
  private static void firstQuestionConcerns(Assessment a, String checkId, String because) {
    firstQuestionConcernsOneOf(a, List.of(checkId), because);
  }

  /** The first question to ask bears on one of {@code checkIds}, each a foundation. */
  private static void firstQuestionConcernsOneOf(
      Assessment a, List<String> checkIds, String because) {
    assertThat(a.toCollect()).as("questions to collect").isNotEmpty();
    Question first = a.toCollect().get(0);
    assertThat(first.foundation()).as("%s (%s) concerns a foundation", first, because).isPositive();
    assertThat(first.decides()).as("%s (%s)", first, because).containsAnyElementsOf(checkIds);
    for (String id : checkIds) {
      assertThat(a.finding(id).orElseThrow().dependents())
          .as("%s is a foundation (%s)", id, because)
          .isPositive();
    }
  }
}
