package org.fieldcloud.accounts.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientTypeTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '>',
      value = {
        "qfield|v4.2.11|4.2.11 - Name|0123456789abcdef0123456789abcdef01234567| QGIS/34400/Android 14>"
            + " QFIELD",
        "sdk|py|0.33.0 python-requests|2.32.3> SDK",
        "cli|py|0.33.0> CLI",
        "Mozilla/5.0 QGIS/32203> QFIELDSYNC",
        "Mozilla/5.0 QGIS/34000/Ubuntu 24.04 LTS> QFIELDSYNC",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0"
            + " Safari/537.36> BROWSER",
        "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0> BROWSER",
        "curl/8.5.0> UNKNOWN",
        "Mozilla/5.0 QGIS/2999> UNKNOWN"
      })
  void guessesTheClientFromTheUserAgent(String userAgent, ClientType expected) {
    assertEquals(expected, ClientType.fromUserAgent(userAgent.strip()));
  }

  @Test
  void emptyOrMissingAgentIsUnknown() {
    assertEquals(ClientType.UNKNOWN, ClientType.fromUserAgent(""));
    assertEquals(ClientType.UNKNOWN, ClientType.fromUserAgent(null));
  }

  @Test
  void onlyQFieldQFieldSyncAndUnknownKeepASingleToken() {
    assertTrue(ClientType.QFIELD.keepsSingleToken());
    assertTrue(ClientType.QFIELDSYNC.keepsSingleToken());
    assertTrue(ClientType.UNKNOWN.keepsSingleToken());
    assertFalse(ClientType.SDK.keepsSingleToken());
    assertFalse(ClientType.CLI.keepsSingleToken());
    assertFalse(ClientType.BROWSER.keepsSingleToken());
    assertFalse(ClientType.WORKER.keepsSingleToken());
  }

  @Test
  void tokenKeysAre100AlphanumericCharacters() {
    String key = AuthToken.newKey();
    assertEquals(100, key.length());
    assertTrue(key.matches("[A-Za-z0-9]{100}"), key);
    assertFalse(key.equals(AuthToken.newKey()));
  }
}
