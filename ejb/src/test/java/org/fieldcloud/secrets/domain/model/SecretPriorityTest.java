package org.fieldcloud.secrets.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SecretPriorityTest {

  private static final UUID PROJECT = UUID.randomUUID();
  private static final long ORG = 7;
  private static final long USER = 42;

  private static Secret secret(String name, SecretScope scope, Long user, String marker) {
    return new Secret(scope, SecretType.ENVVAR, name, user, null, marker);
  }

  @Test
  void projectAndUserBeatsProjectBeatsOrganizationAndUserBeatsOrganization() {
    var org = secret("A", SecretScope.organization(ORG), null, "org");
    var orgUser = secret("A", SecretScope.organization(ORG), USER, "org+user");
    var project = secret("A", SecretScope.project(PROJECT), null, "project");
    var projectUser = secret("A", SecretScope.project(PROJECT), USER, "project+user");

    assertEquals(
        "project+user",
        SecretPriority.winners(List.of(org, orgUser, projectUser, project))
            .get(0)
            .getEncryptedValue());
    assertEquals(
        "project",
        SecretPriority.winners(List.of(org, project, orgUser)).get(0).getEncryptedValue());
    assertEquals(
        "org+user", SecretPriority.winners(List.of(org, orgUser)).get(0).getEncryptedValue());
    assertEquals("org", SecretPriority.winners(List.of(org)).get(0).getEncryptedValue());
  }

  @Test
  void oneWinnerPerNameAcrossTypesOrderedByName() {
    var pg =
        new Secret(SecretScope.organization(ORG), SecretType.PGSERVICE, "B", null, null, "org-pg");
    var env = secret("B", SecretScope.project(PROJECT), null, "project-env");
    var other = secret("A", SecretScope.organization(ORG), null, "a");
    List<Secret> winners = SecretPriority.winners(List.of(pg, env, other));
    assertEquals(2, winners.size());
    assertEquals("A", winners.get(0).getName());
    assertEquals("project-env", winners.get(1).getEncryptedValue());
  }
}
