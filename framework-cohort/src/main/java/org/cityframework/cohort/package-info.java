/**
 * Many cities at once: what a cohort of assessed cities looks like (the share of cities in each
 * status per check, the distribution of scores per group), where one city stands among its peers,
 * and how capacity relates to outcomes for residents. Mergeable summaries, so partial cohorts
 * computed apart give the same answer. Never shows a figure for a group of fewer than k cities.
 */
package org.cityframework.cohort;
