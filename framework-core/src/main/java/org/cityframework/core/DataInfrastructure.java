package org.cityframework.core;

/** Technical infrastructure for data sharing, integration and management (seed L261, L275). */
public enum DataInfrastructure {
  /** Application programming interfaces. */
  APIS,

  /** Cloud-based services. */
  CLOUD_SERVICES,

  /** A data lake or data warehouse. */
  DATA_LAKE_OR_WAREHOUSE,

  /** A platform integrating data across institutions. */
  INTEGRATION_PLATFORM
}
