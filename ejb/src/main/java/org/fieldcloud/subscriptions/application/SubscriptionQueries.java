package org.fieldcloud.subscriptions.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.fieldcloud.accounts.application.AuthenticatedUser;
import org.fieldcloud.accounts.application.OrganizationAccess;
import org.fieldcloud.accounts.domain.model.Organization;
import org.fieldcloud.accounts.domain.model.User;
import org.fieldcloud.accounts.infrastructure.persistence.AccountRepository;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;
import org.fieldcloud.subscriptions.domain.model.Subscription;

/** The current subscription as the API shows it (api.md 5.12). */
@Stateless
public class SubscriptionQueries {

  @EJB SubscriptionService subscriptions;
  @Inject AccountRepository accounts;
  @Inject OrganizationAccess organizations;

  /**
   * The account itself, or for an organization its owner or any member, may read it; anything else,
   * an unknown name included, is 403.
   */
  public CurrentSubscription current(AuthenticatedUser caller, String username) {
    User account =
        accounts
            .findByUsername(username)
            .filter(u -> !u.isTeam())
            .orElseThrow(() -> new ApiException(ErrorCode.PERMISSION_DENIED, "No such account."));
    boolean allowed =
        account.getId() == caller.userId()
            || (account instanceof Organization org
                && organizations.roleOf(org, caller.userId()).isPresent());
    if (!allowed) {
      throw new ApiException(
          ErrorCode.PERMISSION_DENIED,
          "Only the account itself, or an organization's owner and members, may see it.");
    }
    Subscription s = subscriptions.current(account.getId());
    return new CurrentSubscription(
        s.getUuid(),
        s.getPlan().getDisplayName(),
        s.getPlan().getCode(),
        s.getPlan().isPremium(),
        s.getStatus().wire(),
        s.getActiveSince(),
        s.getActiveUntil(),
        subscriptions.usedStorageBytes(account.getId()),
        subscriptions.activeStorageTotalBytes(s),
        s.getPlan().getStorageThresholdWarningBytes(),
        s.getPlan().getStorageThresholdCriticalBytes());
  }
}
