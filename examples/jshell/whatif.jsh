// What if Riverton adopts its data strategy and sets up a citywide data team?

CityProfile riverton = load("riverton");
Assessment today = assess(riverton);

// The draft data strategy is formally adopted (R7.0 asks for a longer-term, coherent strategy) ...
CityProfile adopted =
    riverton.withDataStrategy(riverton.dataStrategy().withStatus(StrategyStatus.ADOPTED));

// ... and a dedicated data team works citywide, beside the chief data officer (R7.4).
DataStewardship stewardship =
    adopted.dataGovernance().stewardship().withDataTeam(true).withCitywide(true);
CityProfile whatIf =
    adopted.withDataGovernance(adopted.dataGovernance().withStewardship(stewardship));

Progress progress = Progress.between(today, assess(whatIf));

// Which checks change status. R8.0 drops to NOT_ASSESSED: once the strategy is adopted, the check
// asks how far it is implemented across agencies, and Riverton's profile does not say.
for (StatusChange change : progress.changes()) {
  System.out.println(change.checkId() + ": " + change.from().orElseThrow()
      + " -> " + change.to().orElseThrow() + "  " + change.summary());
}

// How recommendation 7 and the overall score move.
for (String key : List.of("R7", "overall")) {
  ScoreMove move = progress.scoreMoves().get(key);
  System.out.println(key + " score: " + points(move.before()) + " -> " + points(move.after())
      + " (" + (move.delta().orElse(0) < 0 ? "" : "+") + points(move.delta()) + ")");
}

/exit
