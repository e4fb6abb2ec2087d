package org.cityframework.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Work on a stream of items by several threads, with the results handed on in the order of the
 * items, in constant memory.
 *
 * <p>A reader thread takes the items from the source and gives each to a pool of workers; the
 * futures of their results wait in a queue of fixed capacity, in the order of the items; the
 * calling thread takes them from the queue one by one, waits for each, and hands the result to the
 * sink. So at most {@code capacity + 2} items are in flight (read, but their results not yet handed
 * on), and the items in flight hold at most {@code budget} units of {@code size} between them (plus
 * the one being read). The output does not depend on the number of threads.
 *
 * @param <I> the items
 * @param <O> the results
 */
final class OrderedWork<I, O> {
  /** How long {@code run} waits for the reader to stop when it ends, in milliseconds. */
  private static final long READER_STOP_MILLIS = 2_000;

  /** Where the items come from, one at a time, in order. */
  interface Source<I> {
    /** The next item, or null at the end. */
    I next() throws IOException;
  }

  /** Where the results go, in the order of the items. */
  interface Sink<O> {
    /** Takes the next result. */
    void accept(O result) throws IOException;

    /** Called when the next result is not ready yet: a good moment to flush. */
    void idle() throws IOException;
  }

  /** How long the sink waits for a result before it is told it is idle. */
  private static final long IDLE_MILLIS = 100;

  private final int threads;
  private final int capacity;
  private final ToIntFunction<I> size;
  private final int budget;

  /**
   * Work with {@code threads} workers, at most {@code capacity + 2} items in flight, and at most
   * {@code budget} units of {@code size} held by them.
   */
  OrderedWork(int threads, int capacity, ToIntFunction<I> size, int budget) {
    if (threads < 1 || capacity < 1 || budget < 1) {
      throw new IllegalArgumentException("threads, capacity and budget must be positive");
    }
    this.threads = threads;
    this.capacity = capacity;
    this.size = size;
    this.budget = budget;
  }

  /**
   * Reads every item, works on it and hands its result to the sink, in order; returns when the
   * source is exhausted and every result has been handed on.
   *
   * @throws IOException when the source or the sink fails
   * @throws RuntimeException what the work threw, for the first item it failed on
   */
  void run(Source<I> source, Function<I, O> work, Sink<O> sink) throws IOException {
    BlockingQueue<Future<Step<O>>> queue = new ArrayBlockingQueue<>(capacity);
    Semaphore held = new Semaphore(budget);
    ExecutorService workers = Executors.newFixedThreadPool(threads, r -> thread(r, "worker"));
    Thread reader = thread(() -> read(source, work, workers, queue, held), "reader");
    reader.start();
    try {
      write(queue, held, sink);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } finally {
      reader.interrupt();
      workers.shutdownNow();
      awaitStop(reader);
    }
  }

  /**
   * Waits for the reader to stop, so that no item is read once {@code run} has returned: an
   * interrupted reader stops as soon as its current read returns. A read that blocks (a terminal
   * that sends nothing) is waited for {@value #READER_STOP_MILLIS} ms at most.
   */
  private static void awaitStop(Thread reader) {
    try {
      reader.join(READER_STOP_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** One result, or the end of the items (result null), or why reading failed. */
  private record Step<O>(O result, int size, IOException failure, boolean end) {}

  private void read(
      Source<I> source,
      Function<I, O> work,
      ExecutorService workers,
      BlockingQueue<Future<Step<O>>> queue,
      Semaphore held) {
    try {
      try {
        for (I item = source.next(); item != null; item = source.next()) {
          int units = Math.min(Math.max(size.applyAsInt(item), 0), budget);
          held.acquire(units);
          I taken = item;
          queue.put(workers.submit(() -> new Step<>(work.apply(taken), units, null, false)));
        }
        queue.put(CompletableFuture.completedFuture(new Step<>(null, 0, null, true)));
      } catch (IOException | UncheckedIOException e) {
        IOException failure = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
        queue.put(CompletableFuture.completedFuture(new Step<>(null, 0, failure, true)));
      }
    } catch (InterruptedException e) {
      // The writer has stopped: nobody waits for more items.
    }
  }

  private static <O> void write(BlockingQueue<Future<Step<O>>> queue, Semaphore held, Sink<O> sink)
      throws IOException, InterruptedException {
    while (true) {
      Future<Step<O>> next = queue.poll(IDLE_MILLIS, TimeUnit.MILLISECONDS);
      if (next == null) {
        sink.idle();
        next = queue.take();
      }
      Step<O> step = await(next, sink);
      if (step.failure() != null) {
        throw step.failure();
      }
      if (step.end()) {
        return;
      }
      held.release(step.size());
      sink.accept(step.result());
    }
  }

  private static <O> Step<O> await(Future<Step<O>> future, Sink<O> sink)
      throws IOException, InterruptedException {
    try {
      try {
        return future.get(IDLE_MILLIS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        sink.idle();
        return future.get();
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static Thread thread(Runnable r, String role) {
    Thread t = new Thread(r, "cityframework-" + role);
    t.setDaemon(true);
    return t;
  }
}
