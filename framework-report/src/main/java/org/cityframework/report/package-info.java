/**
 * Renders assessments, and the progress between two, as plain text, Markdown, HTML and CSV: see
 * {@link org.cityframework.report.ReportFormat} and {@link org.cityframework.report.Roadmap}.
 */
package org.cityframework.report;
