package org.fieldcloud.secrets.domain.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which secret wins when several share a name (jobs.md 7): project + user > project > organization
 * + user > organization. The name is shared across both types, so an envvar may hide a pgservice.
 */
public final class SecretPriority {

  private SecretPriority() {}

  /** Lower is stronger. */
  static int rank(Secret secret) {
    boolean assigned = secret.getAssignedToId() != null;
    if (secret.getProjectId() != null) {
      return assigned ? 0 : 1;
    }
    return assigned ? 2 : 3;
  }

  /**
   * One secret per name, ordered by name. The candidates must already be limited to those the user
   * may receive (unassigned, or assigned to that user).
   */
  public static List<Secret> winners(Collection<Secret> candidates) {
    Map<String, Secret> byName = new TreeMap<>();
    Comparator<Secret> stronger = Comparator.comparingInt(SecretPriority::rank);
    for (Secret candidate : candidates) {
      byName.merge(candidate.getName(), candidate, (a, b) -> stronger.compare(a, b) <= 0 ? a : b);
    }
    return List.copyOf(byName.values());
  }
}
