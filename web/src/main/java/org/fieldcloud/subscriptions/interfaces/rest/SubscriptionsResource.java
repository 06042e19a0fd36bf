package org.fieldcloud.subscriptions.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.fieldcloud.accounts.interfaces.rest.CurrentUser;
import org.fieldcloud.subscriptions.application.CurrentSubscription;
import org.fieldcloud.subscriptions.application.SubscriptionQueries;

/** The current subscription of an account (api.md 5.12, object of 6.12). */
@Path("subscriptions/{username}/current/")
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionsResource {

  @EJB SubscriptionQueries subscriptions;
  @Inject CurrentUser currentUser;

  @GET
  public CurrentSubscriptionView current(@PathParam("username") String username) {
    return CurrentSubscriptionView.of(subscriptions.current(currentUser.require(), username));
  }

  /** api.md 6.12, in the reference's field order. */
  @JsonbPropertyOrder({
    "uuid",
    "planDisplayName",
    "planCode",
    "planIsPremium",
    "status",
    "activeSince",
    "activeUntil",
    "storageUsedBytes",
    "activeStorageTotalBytes",
    "planStorageThresholdWarningBytes",
    "planStorageThresholdCriticalBytes"
  })
  public record CurrentSubscriptionView(
      String uuid,
      String planDisplayName,
      String planCode,
      boolean planIsPremium,
      String status,
      java.time.OffsetDateTime activeSince,
      java.time.OffsetDateTime activeUntil,
      long storageUsedBytes,
      long activeStorageTotalBytes,
      long planStorageThresholdWarningBytes,
      long planStorageThresholdCriticalBytes) {

    static CurrentSubscriptionView of(CurrentSubscription s) {
      return new CurrentSubscriptionView(
          s.uuid().toString(),
          s.planDisplayName(),
          s.planCode(),
          s.planIsPremium(),
          s.status(),
          s.activeSince(),
          s.activeUntil(),
          s.storageUsedBytes(),
          s.activeStorageTotalBytes(),
          s.planStorageThresholdWarningBytes(),
          s.planStorageThresholdCriticalBytes());
    }
  }
}
