package org.fieldcloud.secrets.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JobSecretsTest {

  @Test
  void confidentialAreTheVariablesAndThePgServicePasswords() {
    var secrets =
        new JobSecrets(
            Map.of("API_KEY", "k-123456"),
            "[one]\nhost=db\npassword=first pass\n\n[two]\nuser=u\n  password = second\n\n");
    assertEquals(Set.of("k-123456", "first pass", "second"), secrets.confidentialValues());
  }

  @Test
  void toStringShowsNoValue() {
    var secrets = new JobSecrets(Map.of("API_KEY", "k-123456"), "[one]\npassword=p4ss\n");
    assertFalse(secrets.toString().contains("k-123456"));
    assertFalse(secrets.toString().contains("p4ss"));
  }
}
