/**
 * A questionnaire a city can fill in, in the browser: see {@link
 * org.cityframework.questionnaire.Questionnaire}.
 */
package org.cityframework.questionnaire;
