package org.cityframework.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cityframework.json.DocumentFormat;
import org.cityframework.json.DocumentProblem;
import org.cityframework.json.InvalidDocumentException;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Assessor;
import org.cityframework.rules.Priority;

/**
 * {@code assess --batch}: assesses every profile of a JSON Lines input and writes one summary line
 * per profile, in input order, in constant memory, on several threads.
 */
final class BatchAssessment {
  /** Pieces of work (of up to {@link #LINES_PER_PIECE} lines) waiting to be written, per worker. */
  private static final int QUEUED_PER_THREAD = 4;

  /**
   * The most lines in one piece of work: the lines a worker takes at once, so that workers, reader
   * and writer hand work on a few times per hundred lines rather than at every line.
   */
  private static final int LINES_PER_PIECE = 64;

  /** The most input bytes the lines in flight may hold between them. */
  private static final int BYTES_IN_FLIGHT = 32 << 20;

  /** How often standard output is flushed, in lines. */
  private static final int CHECK_EVERY = 1024;

  /**
   * The most problems a bad line lists, in its error line and on standard error; one more problem
   * then says how many are left out. However many problems a line has, its output is bounded.
   */
  static final int PROBLEMS_PER_LINE = 20;

  /** The most characters of a problem's pointer or message a bad line shows; the rest is cut. */
  static final int PROBLEM_CHARACTERS = 400;

  /**
   * What one line gives: the text to write, its problems (empty for a profile assessed) and whether
   * it reaches the {@code --fail-on} threshold.
   */
  record Outcome(
      long line, String text, List<DocumentProblem> problems, boolean reachesThreshold) {}

  private final Assessor assessor;
  private final SummaryFormat format;
  private final Priority threshold;
  private final int threads;

  /**
   * A batch assessing with {@code assessor}, writing {@code format}, counting findings at or above
   * {@code threshold} (null for none), on {@code threads} worker threads.
   */
  BatchAssessment(Assessor assessor, SummaryFormat format, Priority threshold, int threads) {
    this.assessor = assessor.withoutEvidence(); // a summary line shows no evidence
    this.format = format;
    this.threshold = threshold;
    this.threads = threads;
  }

  /**
   * Runs the batch on {@code in} (named {@code name} in messages; {@code file} when it is a file,
   * for the progress bar's total) and writes to {@code output}, or to {@code out} when it is null.
   *
   * @return the exit code: {@link ExitCodes#INPUT} when any line was invalid, else {@link
   *     ExitCodes#FINDINGS} when any reached the threshold, else 0
   * @throws CommandFailure when the input cannot be read or the output cannot be written
   */
  int run(
      String name,
      InputStream in,
      Path file,
      Path output,
      PrintWriter out,
      PrintWriter err,
      boolean showProgress) {
    long started = System.nanoTime();
    Tally tally = new Tally();
    try (BatchProgress progress = BatchProgress.start(err, "assess", -1, showProgress);
        StreamedOutput target = StreamedOutput.open(output, out)) {
      if (file != null) {
        progress.countLines(file);
      }
      target.write(format.header());
      OrderedWork<Piece, List<Outcome>> work =
          new OrderedWork<>(threads, QUEUED_PER_THREAD * threads, Piece::bytes, BYTES_IN_FLIGHT);
      work.run(
          new Pieces(new JsonLines(in)),
          piece -> piece.lines().stream().map(this::assess).toList(),
          new OrderedWork.Sink<>() {
            @Override
            public void accept(List<Outcome> outcomes) {
              for (Outcome o : outcomes) {
                target.write(o.text());
                tally.add(o);
                for (DocumentProblem p : o.problems()) {
                  progress.println(name + ":" + o.line() + ": " + where(p) + ": " + p.message());
                }
                if (tally.read % CHECK_EVERY == 0) {
                  target.flush();
                }
              }
              progress.stepTo(tally.read);
            }

            @Override
            public void idle() {
              target.flush();
            }
          });
      target.flush();
    } catch (IOException e) {
      throw new CommandFailure(
          name
              + ": cannot read the input after line "
              + tally.lastLine
              + ": "
              + CommandFailure.reason(e),
          e);
    }
    report(tally, System.nanoTime() - started, err);
    if (tally.failed
        > 0) { // an invalid line outweighs findings: the batch's results are incomplete
      return ExitCodes.INPUT;
    }
    return tally.reachingThreshold > 0 ? ExitCodes.FINDINGS : ExitCodes.SUCCESS;
  }

  /**
   * Lines taken together as one piece of work.
   *
   * @param lines the lines, in input order
   * @param bytes how many bytes they hold
   */
  private record Piece(List<JsonLines.Line> lines, int bytes) {}

  /**
   * The lines of the input in pieces: as many lines as are ready without waiting for the input, up
   * to {@link #LINES_PER_PIECE} and a sixteenth of {@link #BYTES_IN_FLIGHT}.
   */
  private static final class Pieces implements OrderedWork.Source<Piece> {
    private final JsonLines lines;

    Pieces(JsonLines lines) {
      this.lines = lines;
    }

    @Override
    public Piece next() throws IOException {
      List<JsonLines.Line> piece = new ArrayList<>();
      int bytes = 0;
      JsonLines.Line line = lines.next();
      while (line != null) {
        piece.add(line);
        bytes += line.bytes().length;
        if (piece.size() == LINES_PER_PIECE || bytes >= BYTES_IN_FLIGHT / 16 || !lines.ready()) {
          break;
        }
        line = lines.next();
      }
      return piece.isEmpty() ? null : new Piece(piece, bytes);
    }
  }

  /**
   * What a worker does with one line: reads it, assesses the profile and writes its summary, or
   * writes its problems. Package-private for the benchmarks ({@code BatchBenchmark}).
   */
  Outcome assess(JsonLines.Line line) {
    if (line.tooLong()) {
      List<DocumentProblem> problems =
          List.of(
              new DocumentProblem(
                  "",
                  Optional.of("at most 10 MB"),
                  Optional.of("a longer line"),
                  "the line is longer than 10 MB, the safety limit"));
      return new Outcome(line.number(), format.problems(line.number(), problems), problems, false);
    }
    List<DocumentProblem> problems;
    try {
      Assessment a = assessor.assess(DocumentFormat.JSON.readProfile(line.bytes()));
      boolean reaches =
          threshold != null
              && a.findings().stream().anyMatch(f -> f.priority().isAtLeast(threshold));
      return new Outcome(line.number(), format.summary(line.number(), a), List.of(), reaches);
    } catch (InvalidDocumentException e) {
      problems = bounded(e.problems());
    } catch (RuntimeException | StackOverflowError e) { // a fault of ours must not end the batch
      problems =
          whole(
              "this line could not be assessed because of an unexpected error; the other lines"
                  + " are not affected (please report it, with the line)");
    } catch (OutOfMemoryError e) { // what the line held is garbage now: the batch can go on
      problems =
          whole(
              "this line needs more memory than the batch has to be read and assessed (the Java"
                  + " heap, -Xmx); the other lines are not affected");
    }
    return new Outcome(line.number(), format.problems(line.number(), problems), problems, false);
  }

  /** One problem of the whole line. */
  private static List<DocumentProblem> whole(String message) {
    return List.of(new DocumentProblem("", Optional.empty(), Optional.empty(), message));
  }

  /**
   * At most {@link #PROBLEMS_PER_LINE} problems, each cut to {@link #PROBLEM_CHARACTERS}, as they
   * read for a line; then, when there were more, one saying how many are left out.
   */
  static List<DocumentProblem> bounded(List<DocumentProblem> problems) {
    List<DocumentProblem> shown = new ArrayList<>();
    for (DocumentProblem p : problems.subList(0, Math.min(problems.size(), PROBLEMS_PER_LINE))) {
      shown.add(
          new DocumentProblem(cut(p.pointer()), p.expected(), p.found(), cut(onLine(p.message()))));
    }
    int rest = problems.size() - shown.size();
    if (rest > 0) {
      shown.add(
          new DocumentProblem(
              "",
              Optional.empty(),
              Optional.empty(),
              "and "
                  + rest
                  + (rest == 1 ? " more problem" : " more problems")
                  + " not listed here (the first "
                  + PROBLEMS_PER_LINE
                  + " are)"));
    }
    return shown;
  }

  /** The text cut to {@link #PROBLEM_CHARACTERS}, with "..." at the end when it was longer. */
  private static String cut(String text) {
    if (text.length() <= PROBLEM_CHARACTERS) {
      return text;
    }
    int end = PROBLEM_CHARACTERS - 3;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "...";
  }

  /**
   * A message as it reads for a line of a batch: the line is the document, so "(line 1, column N)"
   * is just "(column N)".
   */
  private static String onLine(String message) {
    return message.replace(" (line 1, column ", " (column ");
  }

  private static String where(DocumentProblem p) {
    return p.pointer().isEmpty() ? "(the whole line)" : p.pointer();
  }

  private void report(Tally t, long nanos, PrintWriter err) {
    double seconds = nanos / 1e9;
    err.print(
        String.format(
            Locale.ROOT,
            "%d %s read: %d assessed, %d failed, in %.1f s (%.0f profiles/s).%n",
            t.read,
            t.read == 1 ? "profile" : "profiles",
            t.read - t.failed,
            t.failed,
            seconds,
            seconds > 0 ? t.read / seconds : 0.0));
    if (threshold != null && t.reachingThreshold > 0) {
      err.print(
          t.reachingThreshold
              + (t.reachingThreshold == 1 ? " profile has" : " profiles have")
              + " findings of priority "
              + threshold
              + (threshold == Priority.HIGH ? "" : " or more urgent")
              + " (--fail-on "
              + threshold
              + ").\n");
    }
    err.flush();
  }

  /** What the batch has done so far. */
  private static final class Tally {
    long read;
    long failed;
    long reachingThreshold;
    long lastLine;

    void add(Outcome o) {
      read++;
      failed += o.problems().isEmpty() ? 0 : 1;
      reachingThreshold += o.reachesThreshold() ? 1 : 0;
      lastLine = o.line();
    }
  }
}
