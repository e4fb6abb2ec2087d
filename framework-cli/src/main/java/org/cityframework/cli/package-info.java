/** The {@code cityframework} command line. */
package org.cityframework.cli;
