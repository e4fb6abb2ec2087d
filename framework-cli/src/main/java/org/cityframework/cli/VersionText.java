package org.cityframework.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version shown by {@code --version}, from the build's {@code version.properties}. */
final class VersionText implements IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {"cityframework " + version()};
  }

  static String version() {
    try (InputStream in = VersionText.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "(version unknown)";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "(version unknown)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
