/**
 * JMH benchmarks of the City Framework: assessing, reading and writing profiles, each against the
 * cost of merely parsing the same JSON text; and {@link ParseAndPrint}, the start-up baseline of
 * the command line. How to run them and today's figures: docs/performance.md.
 */
package org.cityframework.benchmarks;
