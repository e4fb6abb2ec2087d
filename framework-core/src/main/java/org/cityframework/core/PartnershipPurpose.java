package org.cityframework.core;

/** What a city's partnerships with external organisations provide (seed L73, L137, L241). */
public enum PartnershipPurpose {
  /** Partnerships that double as training for city staff (L73). */
  STAFF_TRAINING,

  /** Skills or resources the city cannot afford, in lieu of direct funding (L137). */
  SKILLS_OR_RESOURCES_IN_KIND,

  /** Knowledge sharing between partner organisations and city staff (L137). */
  KNOWLEDGE_SHARING,

  /** Mutually enriching data sets (L241). */
  DATA_ENRICHMENT,

  /** Co-producing databases (L241). */
  CO_PRODUCED_DATABASES,

  /** Pooling resources and capabilities for advanced analysis (L241). */
  POOLED_ANALYTICS
}
