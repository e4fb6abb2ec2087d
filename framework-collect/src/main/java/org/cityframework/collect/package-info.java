/**
 * Collecting the facts of city profiles from survey tools: a {@link
 * org.cityframework.collect.SurveyMapping} says which column of a survey export holds which fact
 * and how its answers read, {@link org.cityframework.collect.SurveyImport} turns each row of a CSV
 * or XLSX export into a profile (or the problems that kept it from being one), and {@link
 * org.cityframework.collect.SurveyTemplate} writes the mapping skeleton and the CSV header a survey
 * tool is set up from (docs/survey-import.md).
 */
package org.cityframework.collect;
