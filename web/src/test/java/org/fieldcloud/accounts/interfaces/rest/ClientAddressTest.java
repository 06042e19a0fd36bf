package org.fieldcloud.accounts.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  private static final Set<String> PROXY = Set.of("10.0.0.2");

  @Test
  void withoutTrustedProxiesTheForwardedHeaderIsIgnored() {
    assertEquals("10.0.0.2", ClientAddress.of("10.0.0.2", "203.0.113.7", Set.of()));
    assertEquals("198.51.100.1", ClientAddress.of("198.51.100.1", "203.0.113.7", PROXY));
  }

  @Test
  void behindATrustedProxyTheRightMostUntrustedHopCounts() {
    assertEquals("203.0.113.7", ClientAddress.of("10.0.0.2", "203.0.113.7", PROXY));
    assertEquals("203.0.113.7", ClientAddress.of("10.0.0.2", "1.2.3.4, 203.0.113.7", PROXY));
    assertEquals("203.0.113.7", ClientAddress.of("10.0.0.2", "203.0.113.7, 10.0.0.2", PROXY));
  }

  @Test
  void aMissingHeaderLeavesThePeerAddress() {
    assertEquals("10.0.0.2", ClientAddress.of("10.0.0.2", null, PROXY));
    assertEquals("10.0.0.2", ClientAddress.of("10.0.0.2", " ", PROXY));
  }
}
