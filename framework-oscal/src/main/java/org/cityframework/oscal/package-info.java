/**
 * The catalogue, an assessment and its roadmap as NIST OSCAL documents, for compliance and
 * assessment tools: {@link org.cityframework.oscal.OscalDocuments}.
 */
package org.cityframework.oscal;
