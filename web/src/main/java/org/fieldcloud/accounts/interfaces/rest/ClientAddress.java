package org.fieldcloud.accounts.interfaces.rest;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The address a request really comes from, for the login lockout. Behind nginx every request
 * arrives from the proxy, so a lockout per proxy address would lock a username for everyone: when
 * the direct peer is a trusted proxy ({@code fieldcloud.auth.trusted-proxies}), the address is the
 * right-most entry of {@code X-Forwarded-For} that is not itself a trusted proxy. Entries further
 * left were written by the client and prove nothing.
 */
public final class ClientAddress {

  private ClientAddress() {}

  public static String of(String remoteAddress, String forwardedFor, Set<String> trustedProxies) {
    if (forwardedFor == null || forwardedFor.isBlank() || !trustedProxies.contains(remoteAddress)) {
      return remoteAddress;
    }
    List<String> hops =
        Arrays.stream(forwardedFor.split(","))
            .map(String::strip)
            .filter(h -> !h.isEmpty())
            .toList();
    for (int i = hops.size() - 1; i >= 0; i--) {
      if (!trustedProxies.contains(hops.get(i))) {
        return hops.get(i);
      }
    }
    return hops.isEmpty() ? remoteAddress : hops.get(0);
  }
}
