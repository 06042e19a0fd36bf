package org.fieldcloud.subscriptions.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.fieldcloud.accounts.domain.model.OrganizationMembershipChanged;
import org.fieldcloud.projects.domain.model.Project;
import org.fieldcloud.projects.domain.model.ProjectCollaboratorChanged;
import org.fieldcloud.projects.domain.model.ProjectDetails;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;
import org.fieldcloud.subscriptions.domain.model.JobAdmissionRule;
import org.fieldcloud.subscriptions.domain.model.Subscription;

/**
 * The limits a plan puts on accounts (model.md 5.4): organization members, collaborators on private
 * projects, and which jobs may start. Additions are checked by observing the events the accounts
 * and projects contexts fire after the row was written, so a refusal rolls it back.
 */
@Stateless
public class SubscriptionLimits {

  @PersistenceContext EntityManager em;
  @EJB SubscriptionService subscriptions;

  /** Members + the owner may not exceed the plan's (or purchased seats') limit. */
  public void onMembershipChanged(@Observes OrganizationMembershipChanged event) {
    if (!event.added()) {
      return;
    }
    int max = subscriptions.current(event.organizationId()).maxOrganizationMembers();
    if (max < 0) {
      return;
    }
    long withOwner =
        1
            + ((Number)
                    em.createNativeQuery(
                            "SELECT count(*) FROM core_organizationmember WHERE organization_id = ?1")
                        .setParameter(1, event.organizationId())
                        .getSingleResult())
                .longValue();
    if (withOwner > max) {
      throw new ApiException(
          ErrorCode.ORGANIZATION_HAS_MAX_NUMBER_OF_MEMBERS,
          "The plan allows " + max + " members, the owner included.");
    }
  }

  /** Private projects may have at most the owner's plan's number of person collaborators. */
  public void onCollaboratorChanged(@Observes ProjectCollaboratorChanged event) {
    if (!event.added()) {
      return;
    }
    Project project = em.find(Project.class, event.projectId());
    if (project == null || project.isPublic()) {
      return;
    }
    int max =
        subscriptions
            .current(project.getOwner().getId())
            .getPlan()
            .getMaxPremiumCollaboratorsPerPrivateProject();
    if (max < 0) {
      return;
    }
    long persons =
        ((Number)
                em.createNativeQuery(
                        "SELECT count(*) FROM core_projectcollaborator c JOIN core_user u"
                            + " ON u.id = c.collaborator_id AND u.type = 1 WHERE c.project_id = ?1")
                    .setParameter(1, event.projectId())
                    .getSingleResult())
            .longValue();
    if (persons > max) {
      throw new ApiException(
          ErrorCode.VALIDATION_ERROR,
          "The owner's plan allows "
              + max
              + " collaborators on a private project; make it public or change the plan.");
    }
  }

  /**
   * Refuses package and apply jobs of a project whose owner's subscription is inactive (403
   * inactive_subscription), has no storage left (402 over_quota), or whose plan does not support
   * the project's online vector layers (403 permission_denied_plan_insufficient). The jobs context
   * calls it before creating such a job.
   */
  public void requireCanCreateJob(UUID projectId) {
    Project project = em.find(Project.class, projectId);
    if (project == null) {
      throw new ApiException(ErrorCode.OBJECT_NOT_FOUND, "No project " + projectId + ".");
    }
    Admission admission = admissionOf(project);
    admission
        .refusal()
        .ifPresent(
            code -> {
              throw new ApiException(code, refusalDetail(code, admission));
            });
  }

  private static String refusalDetail(ErrorCode code, Admission admission) {
    return switch (code) {
      case OVER_QUOTA ->
          "The owner of the project uses "
              + admission.used()
              + " of "
              + admission.allowed()
              + " bytes; free some storage first.";
      case PERMISSION_DENIED_PLAN_INSUFFICIENT ->
          "Owner's subscription plan does not support online vector layer datasource.";
      default -> "The subscription of the project's owner is not active.";
    };
  }

  /**
   * Whether the owner's account may run package and apply jobs now, without refusing anything:
   * uploads of deltas keep them pending instead (jobs.md 3.3), for the same three reasons.
   */
  public boolean canCreateJob(Project project) {
    return admissionOf(project).refusal().isEmpty();
  }

  private Admission admissionOf(Project project) {
    long ownerId = project.getOwner().getId();
    Subscription subscription = subscriptions.current(ownerId);
    long allowed = subscriptions.activeStorageTotalBytes(subscription);
    long used = subscriptions.usedStorageBytes(ownerId);
    // Unknown until process_projectfile has read the layers: then nothing online is assumed.
    boolean online =
        ProjectDetails.of(project).flatMap(ProjectDetails::hasOnlineVectorData).orElse(false);
    return new Admission(
        JobAdmissionRule.refusal(
            subscription.isActiveAt(OffsetDateTime.now()),
            allowed,
            used,
            online,
            subscription.getPlan().isExternalDbSupported()),
        allowed,
        used);
  }

  private record Admission(Optional<ErrorCode> refusal, long allowed, long used) {}
}
