package org.cityframework.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.cityframework.cohort.Cohort;
import org.cityframework.json.DocumentFormat;
import org.cityframework.json.DocumentProblem;
import org.cityframework.json.InvalidDocumentException;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;

/**
 * Reads the profiles of a cohort, the inputs {@code assess --batch} reads and more: JSON Lines
 * files ({@code .jsonl}, {@code .ndjson}, or {@code -} for standard input), single profiles ({@code
 * .json}, {@code .yaml}, {@code .yml}) and folders of them (their files in name order, not their
 * subfolders). Streams them through worker threads, each adding the cities it assesses to a cohort
 * of its own; the cohorts are merged at the end, which gives the same cohort as one pass in any
 * order, whatever the number of threads. A bad profile is reported on standard error and left out;
 * the others still count.
 */
final class CohortReading {
  private static final int QUEUED_PER_THREAD = 4;
  private static final int LINES_PER_PIECE = 64;
  private static final int BYTES_IN_FLIGHT = 32 << 20;

  /** What the reading gave: the merged cohort, the profiles read and those that failed. */
  record Result(Cohort cohort, long read, long failed) {}

  /**
   * One profile to read: where it comes from, its bytes and format, or why it could not be read.
   */
  private record Item(
      String name, long line, byte[] bytes, DocumentFormat format, List<String> failure) {
    int size() {
      return bytes == null ? 0 : bytes.length;
    }
  }

  private record Piece(List<Item> items, int bytes) {}

  /** What the work on one piece gave: how many profiles, how many failed, and their problems. */
  private record Done(int profiles, int failed, List<String> problems) {}

  private final Assessor assessor;
  private final Supplier<Cohort> emptyCohort;
  private final int threads;
  private Consumer<Assessment> alsoEach = a -> {};

  /**
   * Reading that assesses with {@code assessor} into cohorts made by {@code emptyCohort}, on {@code
   * threads} worker threads.
   */
  CohortReading(Assessor assessor, Supplier<Cohort> emptyCohort, int threads) {
    // Only the unknown facts as evidence: the cohort counts, per fact, the cities whose report
    // lists it to collect, and nothing else of the evidence.
    this.assessor = assessor.withUnknownEvidenceOnly();
    this.emptyCohort = emptyCohort;
    this.threads = threads;
  }

  /**
   * Also hands every city the cohort counts (read, assessed and passing the filter) to {@code
   * consumer}, on the worker threads: {@code cohort --outcomes} collects their scores.
   */
  CohortReading alsoEach(Consumer<Assessment> consumer) {
    this.alsoEach = consumer;
    return this;
  }

  /**
   * Reads every profile the arguments name.
   *
   * @throws CommandFailure when an argument names nothing that can be read
   */
  Result read(List<String> arguments, InputStream stdin, PrintWriter err, boolean showProgress) {
    List<String> inputs = expand(arguments);
    Map<Thread, Cohort> cohorts = new ConcurrentHashMap<>();
    long[] tally = new long[2]; // read, failed: only the sink's thread writes them
    try (BatchProgress progress = BatchProgress.start(err, "cohort", -1, showProgress)) {
      OrderedWork<Piece, Done> work =
          new OrderedWork<>(threads, QUEUED_PER_THREAD * threads, Piece::bytes, BYTES_IN_FLIGHT);
      work.run(
          new Pieces(inputs, stdin),
          piece -> {
            Cohort cohort = cohorts.computeIfAbsent(Thread.currentThread(), t -> emptyCohort.get());
            List<String> problems = new ArrayList<>();
            int failed = 0;
            for (Item item : piece.items()) {
              List<String> lines = add(item, cohort);
              failed += lines.isEmpty() ? 0 : 1;
              problems.addAll(lines);
            }
            return new Done(piece.items().size(), failed, problems);
          },
          new OrderedWork.Sink<>() {
            @Override
            public void accept(Done done) {
              tally[0] += done.profiles();
              tally[1] += done.failed();
              for (String p : done.problems()) {
                progress.println(p);
              }
              progress.stepTo(tally[0]);
            }

            @Override
            public void idle() {}
          });
    } catch (IOException e) {
      throw new CommandFailure("cannot read the profiles: " + CommandFailure.reason(e), e);
    } catch (UncheckedIOException e) {
      throw new CommandFailure(
          "cannot read the profiles: " + CommandFailure.reason(e.getCause()), e.getCause());
    }
    Cohort merged = emptyCohort.get();
    cohorts.values().forEach(merged::merge);
    return new Result(merged, tally[0], tally[1]);
  }

  /** Adds the item's profile to the cohort, or gives its problems, one line each. */
  private List<String> add(Item item, Cohort cohort) {
    String where = item.line() > 0 ? item.name() + ":" + item.line() : item.name();
    if (item.failure() != null) {
      return item.failure();
    }
    try {
      Assessment assessment = assessor.assess(item.format().readProfile(item.bytes()));
      if (cohort.add(assessment)) {
        alsoEach.accept(assessment);
      }
      return List.of();
    } catch (InvalidDocumentException e) {
      List<String> lines = new ArrayList<>();
      for (DocumentProblem p : BatchAssessment.bounded(e.problems())) {
        lines.add(
            where
                + ": "
                + (p.pointer().isEmpty() ? "(the whole document)" : p.pointer())
                + ": "
                + p.message());
      }
      return lines;
    } catch (RuntimeException | StackOverflowError e) {
      return List.of(
          where
              + ": this profile could not be assessed because of an unexpected error; the others"
              + " are not affected (please report it, with the profile)");
    }
  }

  /**
   * The inputs the arguments name, folders replaced by their profile files in name order.
   *
   * @throws CommandFailure for an argument that is no file name, or a folder that cannot be listed
   */
  static List<String> expand(List<String> arguments) {
    List<String> inputs = new ArrayList<>();
    for (String argument : arguments) {
      if (argument.equals(InputDocument.STDIN)) {
        inputs.add(argument);
        continue;
      }
      Path path;
      try {
        path = Path.of(argument);
      } catch (InvalidPathException e) {
        throw new CommandFailure(argument + ": this is not a valid file name");
      }
      if (!Files.isDirectory(path)) {
        inputs.add(argument);
        continue;
      }
      try (Stream<Path> files = Files.list(path)) {
        files
            .filter(Files::isRegularFile)
            .filter(f -> isJsonLines(f.toString()) || isProfile(f.toString()))
            .map(Path::toString)
            .sorted()
            .forEach(inputs::add);
      } catch (IOException e) {
        throw new CommandFailure(
            argument + ": cannot list the folder: " + CommandFailure.reason(e), e);
      }
    }
    return inputs;
  }

  static boolean isJsonLines(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.equals(InputDocument.STDIN)
        || lower.endsWith(".jsonl")
        || lower.endsWith(".ndjson");
  }

  private static boolean isProfile(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".json") || lower.endsWith(".yaml") || lower.endsWith(".yml");
  }

  /** The profiles of every input, in pieces of up to {@link #LINES_PER_PIECE}. */
  private static final class Pieces implements OrderedWork.Source<Piece> {
    private final Deque<String> inputs;
    private final InputStream stdin;
    private String current;
    private InputStream open;
    private JsonLines lines;

    Pieces(List<String> inputs, InputStream stdin) {
      this.inputs = new ArrayDeque<>(inputs);
      this.stdin = stdin;
    }

    @Override
    public Piece next() throws IOException {
      List<Item> items = new ArrayList<>();
      int bytes = 0;
      while (items.size() < LINES_PER_PIECE && bytes < BYTES_IN_FLIGHT / 16) {
        Item item = nextItem();
        if (item == null) {
          break;
        }
        items.add(item);
        bytes += item.size();
        if (lines != null && !lines.ready()) {
          break;
        }
      }
      return items.isEmpty() ? null : new Piece(items, bytes);
    }

    private Item nextItem() throws IOException {
      while (true) {
        if (lines != null) {
          JsonLines.Line line = lines.next();
          if (line != null) {
            if (line.tooLong()) {
              return new Item(
                  current,
                  line.number(),
                  null,
                  null,
                  List.of(
                      current
                          + ":"
                          + line.number()
                          + ": (the whole line): the line is longer than 10 MB, the safety"
                          + " limit"));
            }
            return new Item(current, line.number(), line.bytes(), DocumentFormat.JSON, null);
          }
          if (open != stdin) {
            open.close();
          }
          lines = null;
          open = null;
        }
        if (inputs.isEmpty()) {
          return null;
        }
        current = inputs.poll();
        if (isJsonLines(current)) {
          if (current.equals(InputDocument.STDIN)) {
            open = stdin;
            current = "<stdin>";
          } else {
            try {
              open = Files.newInputStream(Path.of(current));
            } catch (IOException e) {
              return new Item(
                  current,
                  0,
                  null,
                  null,
                  List.of(current + ": cannot read the file: " + CommandFailure.reason(e)));
            }
          }
          lines = new JsonLines(open);
          continue;
        }
        try {
          InputDocument d = InputDocument.read(current, stdin);
          return new Item(d.name(), 0, d.bytes(), d.format(), null);
        } catch (CommandFailure e) {
          return new Item(current, 0, null, null, e.lines());
        }
      }
    }
  }
}
