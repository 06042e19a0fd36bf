package org.fieldcloud.worker.redaction;

import java.util.regex.Pattern;

/**
 * Removes secrets from data source strings before they are logged or reported: passwords in
 * PostgreSQL-style connection strings and user info in URLs.
 */
public final class Credentials {

  private static final Pattern QUOTED_PASSWORD =
      Pattern.compile("\\s*password='(?:[^'\\\\]|\\\\.)*'", Pattern.CASE_INSENSITIVE);
  private static final Pattern PLAIN_PASSWORD =
      Pattern.compile("\\s*password=[^\\s'&|]*", Pattern.CASE_INSENSITIVE);
  private static final Pattern URL_USER_INFO = Pattern.compile("(://)[^/@\\s]+@");

  private Credentials() {}

  public static String strip(String datasource) {
    if (datasource == null) {
      return null;
    }
    String cleaned = QUOTED_PASSWORD.matcher(datasource).replaceAll("");
    cleaned = PLAIN_PASSWORD.matcher(cleaned).replaceAll("");
    return URL_USER_INFO.matcher(cleaned).replaceAll("$1");
  }
}
