package org.fieldcloud.deltas.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.fieldcloud.projects.domain.model.Project;
import org.fieldcloud.subscriptions.application.SubscriptionLimits;

/**
 * Whether the project owner's account may run jobs now (jobs.md 2.1 {@code
 * check_supported_regarding_owner_account}: active subscription, storage left, online layers in the
 * plan). When it may not, uploaded deltas are stored but stay pending, with a message.
 *
 * <p>HOOK for the subscriptions issue (10): its helper provides {@code
 * requireCanCreateJob(project)}, which throws an {@code ApiException}. Do not call that here and
 * catch the exception: an ApiException is an application exception with rollback, so catching it
 * would still roll back the upload. Call a non-throwing check instead (or a method of that service
 * returning the reason), e.g. {@code return subscriptions.whyCannotCreateJob(project).isEmpty();}.
 */
@Stateless
public class OwnerAccountGate {

  /** The message stored on deltas kept pending because of the owner's account (jobs.md 3.3). */
  public static final String KEPT_PENDING_MESSAGE =
      "Some features of this project are not supported by the owner's account. Deltas are"
          + " created but kept pending. Either upgrade the account or ensure you're not using"
          + " features such as remote layers, then try again.";

  @EJB SubscriptionLimits limits;

  /** False when the owner's subscription is inactive or its storage is used up. */
  public boolean canCreateJob(Project project) {
    return limits.canCreateJob(project);
  }
}
