package org.fieldcloud.deltas.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** clientPks keys and precedence (jobs.md 5.2, 13.6). */
class ClientPksTest {

  private static final UUID C1 = UUID.fromString("cd517e24-a520-4021-8850-e5af70e3a612");
  private static final UUID C2 = UUID.fromString("7cdbf420-6872-40c6-ad79-1423c6e5bd2a");

  @Test
  void keysAreClientLayerAndLocalPkAndTheLatestServerPkWins() {
    Map<String, String> pks =
        ClientPks.build(
            List.of(
                new ClientPks.Source(C1, "points", "1000", "5"),
                new ClientPks.Source(C2, "points", "1000", "6"),
                new ClientPks.Source(C1, "lines", "1000", "7"),
                new ClientPks.Source(C1, "points", "1000", "8"),
                new ClientPks.Source(C1, null, "1", "9"),
                new ClientPks.Source(C1, "points", "2", null)));
    assertEquals(
        Map.of(
            C1 + "__points__1000", "8",
            C2 + "__points__1000", "6",
            C1 + "__lines__1000", "7"),
        pks);
  }
}
