/** Renders assessments and progress between them as plain text, Markdown, HTML and CSV. */
package org.cityframework.report;
