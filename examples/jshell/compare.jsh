// Riverton two years on: what did it close, what opened up, and how did the score move?

Assessment earlier = assess(load("riverton-2024"));   // the earlier survey wave
Assessment now = assess(load("riverton"));            // this wave
Progress progress = Progress.between(earlier, now);

// Gaps (not met, partly met) that are met now.
System.out.println("Resolved gaps: " + progress.resolved().size());
for (StatusChange change : progress.resolved()) {
  System.out.println("  " + change.checkId() + " " + change.from().orElseThrow()
      + " -> " + change.to().orElseThrow() + "  " + change.summary());
}

// Practices that were met or unknown and are gaps now.
System.out.println("New gaps: " + progress.newGaps().size());
for (StatusChange change : progress.newGaps()) {
  System.out.println("  " + change.checkId() + " " + change.from().map(Enum::name).orElse("absent")
      + " -> " + change.to().orElseThrow() + "  " + change.summary());
}

ScoreMove overall = progress.scoreMoves().get("overall");
System.out.println("Overall score: " + points(overall.before()) + " -> " + points(overall.after())
    + " (" + (overall.delta().orElse(0) < 0 ? "" : "+") + points(overall.delta()) + ")");

/exit
