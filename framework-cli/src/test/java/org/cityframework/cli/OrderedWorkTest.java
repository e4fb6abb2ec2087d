package org.cityframework.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Ordered work: results in item order, a bounded number of items in flight, failures passed on. */
class OrderedWorkTest {

  @Test
  void hands_on_results_in_the_order_of_the_items_whatever_the_workers_take() throws IOException {
    List<Integer> results = new ArrayList<>();

    new OrderedWork<Integer, Integer>(4, 8, i -> 1, 1000)
        .run(counting(2000, new AtomicInteger()), OrderedWorkTest::slowSquare, sink(results));

    assertThat(results).hasSize(2000);
    for (int i = 0; i < results.size(); i++) {
      assertThat(results.get(i)).isEqualTo(i * i);
    }
  }

  @Test
  void keeps_at_most_capacity_plus_two_items_in_flight() throws IOException {
    AtomicInteger read = new AtomicInteger();
    AtomicInteger handedOn = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();

    new OrderedWork<Integer, Integer>(3, 5, i -> 1, 1000)
        .run(
            counting(3000, read),
            OrderedWorkTest::slowSquare,
            new OrderedWork.Sink<>() {
              @Override
              public void accept(Integer result) {
                most.accumulateAndGet(read.get() - handedOn.getAndIncrement(), Math::max);
              }

              @Override
              public void idle() {}
            });

    assertThat(handedOn.get()).isEqualTo(3000);
    assertThat(most.get()).isLessThanOrEqualTo(5 + 2);
  }

  @Test
  void keeps_the_size_of_the_items_in_flight_within_the_budget() throws IOException {
    AtomicLong readSize = new AtomicLong();
    AtomicLong handedOnSize = new AtomicLong();
    AtomicLong most = new AtomicLong();
    SplittableRandom random = new SplittableRandom(1);
    int[] left = {2000};
    OrderedWork.Source<Integer> sizes =
        () -> {
          if (left[0]-- == 0) {
            return null;
          }
          int size = 1 + random.nextInt(50);
          readSize.addAndGet(size);
          return size;
        };

    new OrderedWork<Integer, Integer>(3, 1000, i -> i, 100)
        .run(
            sizes,
            OrderedWorkTest::slowSquare,
            new OrderedWork.Sink<>() {
              @Override
              public void accept(Integer square) {
                long size = Math.round(Math.sqrt(square));
                most.accumulateAndGet(readSize.get() - handedOnSize.addAndGet(size), Math::max);
              }

              @Override
              public void idle() {}
            });

    assertThat(most.get()).as("the budget, and the item being read").isLessThanOrEqualTo(100 + 50);
  }

  @Test
  void the_first_failure_of_the_work_stops_the_run() {
    List<Integer> results = new ArrayList<>();

    assertThatThrownBy(
            () ->
                new OrderedWork<Integer, Integer>(2, 4, i -> 1, 1000)
                    .run(
                        counting(500, new AtomicInteger()),
                        i -> {
                          if (i == 100) {
                            throw new IllegalStateException("item 100");
                          }
                          return i;
                        },
                        sink(results)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("item 100");
    assertThat(results).hasSize(100);
  }

  @Test
  void a_failure_to_read_comes_after_the_results_of_the_items_read() {
    List<Integer> results = new ArrayList<>();
    int[] next = {0};
    OrderedWork.Source<Integer> failing =
        () -> {
          if (next[0] == 10) {
            throw new IOException("disk gone");
          }
          return next[0]++;
        };

    assertThatThrownBy(
            () ->
                new OrderedWork<Integer, Integer>(2, 4, i -> 1, 1000)
                    .run(failing, i -> i, sink(results)))
        .isInstanceOf(IOException.class)
        .hasMessage("disk gone");
    assertThat(results).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
  }

  private static OrderedWork.Source<Integer> counting(int count, AtomicInteger read) {
    return () -> read.get() < count ? read.getAndIncrement() : null;
  }

  /** The square, after some work that takes longer for some items than for others. */
  private static Integer slowSquare(Integer i) {
    SplittableRandom random = new SplittableRandom(i);
    double spin = 0;
    for (int k = random.nextInt(20_000); k > 0; k--) {
      spin += Math.sqrt(k);
    }
    return spin < 0 ? -1 : i * i;
  }

  private static OrderedWork.Sink<Integer> sink(List<Integer> results) {
    return new OrderedWork.Sink<>() {
      @Override
      public void accept(Integer result) {
        results.add(result);
      }

      @Override
      public void idle() {}
    };
  }
}
