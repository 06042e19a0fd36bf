package org.fieldcloud.subscriptions.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.fieldcloud.projects.domain.model.Project;
import org.fieldcloud.subscriptions.domain.model.Plan;

/**
 * How many versions of each file a project keeps (model.md 1.2.1 {@code
 * owner_aware_storage_keep_versions}, 5.4): the owner's plan's {@code storage_keep_versions}; on a
 * premium plan the project's own number (1..100) when it has one.
 */
@Stateless
public class PlanVersionRetention {

  @EJB SubscriptionService subscriptions;

  public int keptVersions(Project project) {
    Plan plan = subscriptions.current(project.getOwner().getId()).getPlan();
    Integer own = project.getStorageKeepVersions();
    int kept = plan.isPremium() && own != null ? own : plan.getStorageKeepVersions();
    return Math.max(1, kept);
  }
}
