// Riverton: where does it stand, and what should it do first?

CityProfile riverton = load("riverton");          // examples/cities/riverton.json
Assessment assessment = assess(riverton);

// The five findings to act on first (rank 1 is the first thing to do).
System.out.println(riverton.name() + ": top 5 findings");
assessment.findings().stream().limit(5).forEach(System.out::println);

// One number for the whole city, and how much of it rests on known facts.
Score overall = assessment.scores().overall();
System.out.println("Overall score: " + points(overall.score())
    + " (coverage " + points(OptionalDouble.of(overall.coverage())) + "%)");

/exit
