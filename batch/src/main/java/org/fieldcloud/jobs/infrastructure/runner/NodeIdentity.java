package org.fieldcloud.jobs.infrastructure.runner;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The default id of this application node: its host name. */
final class NodeIdentity {

  private NodeIdentity() {}

  static String hostName() {
    String fromEnvironment = System.getenv("HOSTNAME");
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return fromEnvironment.strip();
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
