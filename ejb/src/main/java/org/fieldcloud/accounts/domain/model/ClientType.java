package org.fieldcloud.accounts.domain.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kind of client a token was issued to, guessed from the User-Agent at login (api.md 2.2). It
 * decides whether older tokens are expired on a new login and whether uploads skip the quota.
 */
public enum ClientType {
  BROWSER,
  CLI,
  SDK,
  QFIELD,
  QFIELDSYNC,
  /** Never guessed: set on the tokens the job runner creates for worker containers. */
  WORKER,
  UNKNOWN;

  private static final Pattern QFIELDSYNC_AGENT = Pattern.compile(" QGIS/[34]\\d{4}(/.*)?$");
  private static final Pattern BROWSER_AGENT =
      Pattern.compile(
          "^Mozilla/5\\.0 .+?(AppleWebKit/\\d{1,5}.\\d{1,5} \\(KHTML, like Gecko\\)|Firefox/[\\d.]{1,5})");

  /**
   * The client type of a User-Agent. The {@code qfield|} prefix is tested before the QGIS suffix:
   * QField's agent ends with QGIS's own suffix too.
   */
  public static ClientType fromUserAgent(String userAgent) {
    if (userAgent == null || userAgent.isEmpty()) {
      return UNKNOWN;
    }
    if (userAgent.startsWith("qfield|")) {
      return QFIELD;
    }
    if (userAgent.startsWith("sdk|")) {
      return SDK;
    }
    if (userAgent.startsWith("cli|")) {
      return CLI;
    }
    if (QFIELDSYNC_AGENT.matcher(userAgent).find()) {
      return QFIELDSYNC;
    }
    if (BROWSER_AGENT.matcher(userAgent).find()) {
      return BROWSER;
    }
    return UNKNOWN;
  }

  /**
   * Clients that keep one valid token per user: a new login of such a client expires the previous
   * one. The others (browser sessions, scripts, job workers) may run side by side.
   */
  public boolean keepsSingleToken() {
    return this == QFIELD || this == QFIELDSYNC || this == UNKNOWN;
  }

  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ClientType> parse(String value) {
    for (ClientType type : values()) {
      if (type.value().equals(value)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
