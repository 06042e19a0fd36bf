package org.fieldcloud.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.fieldcloud.it.support.TestServer;
import org.junit.jupiter.api.Test;

/**
 * The application server listens on loopback only: every TCP socket the test server's process
 * listens on, read from the kernel's tables, is bound to 127.0.0.1 or ::1. Payara opens more
 * listeners than the domain names (its embedded H2 timer store binds to every interface unless told
 * otherwise), so this looks at what is open, not at the configuration.
 */
class ListenersIT {

  /** /proc/net/tcp6 spells ::1 and ::ffff:127.0.0.1 like this (32-bit words, host order). */
  private static final Set<String> LOOPBACK =
      Set.of("0100007F", "00000000000000000000000001000000", "0000000000000000FFFF00000100007F");

  @Test
  void everyListeningSocketOfTheServerIsOnLoopback() throws IOException {
    long pid = TestServer.pid();
    Set<String> inodes = socketInodes(pid);
    List<String> listening = new ArrayList<>();
    List<String> exposed = new ArrayList<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      List<String> lines = Files.readAllLines(Path.of(table));
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.trim().split("\\s+");
        // f[1] local address:port (hex), f[3] state (0A = LISTEN), f[9] inode
        if (!f[3].equals("0A") || !inodes.contains(f[9])) {
          continue;
        }
        String[] local = f[1].split(":");
        String where = local[0] + " port " + Integer.parseInt(local[1], 16);
        listening.add(where);
        if (!LOOPBACK.contains(local[0])) {
          exposed.add(where);
        }
      }
    }
    assertFalse(listening.isEmpty(), "the server listens on something (pid " + pid + ")");
    assertEquals(List.of(), exposed, "listeners not on loopback, of " + listening);
  }

  private static Set<String> socketInodes(long pid) throws IOException {
    Set<String> inodes = new HashSet<>();
    try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
      for (Path fd : (Iterable<Path>) fds::iterator) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith("socket:[")) {
            inodes.add(target.substring(8, target.length() - 1));
          }
        } catch (IOException closedMeanwhile) {
          // a descriptor closed while we looked is not a listener
        }
      }
    }
    return inodes;
  }
}
