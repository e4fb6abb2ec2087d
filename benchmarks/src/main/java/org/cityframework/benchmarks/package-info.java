/**
 * JMH benchmarks of the City Framework: assessing, reading and writing profiles and the per-line
 * work of a batch, each against the cost of merely parsing the same JSON text; {@link
 * ParseAndPrint}, the start-up baseline of the command line; and {@link ParseLines}, the parse-only
 * baseline of a batch file. How to run them and today's figures: docs/performance.md.
 */
package org.cityframework.benchmarks;
