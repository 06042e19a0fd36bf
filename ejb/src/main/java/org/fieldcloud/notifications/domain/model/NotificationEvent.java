package org.fieldcloud.notifications.domain.model;

import java.util.Optional;

/**
 * What happened, before it is copied to each recipient: "actor verb action_object on target"
 * (model.md 4.1). Names are taken now, so the row still reads well after a deletion. The actor is a
 * person ({@code actorId} set, never notified of their own doing) or, for job events, the job
 * itself ({@code actorId} null).
 */
public record NotificationEvent(
    Long actorId,
    String actorName,
    String verb,
    Optional<Subject> actionObject,
    Optional<Subject> target) {

  public NotificationEvent(
      long actorId,
      String actorName,
      String verb,
      Optional<Subject> actionObject,
      Optional<Subject> target) {
    this(Long.valueOf(actorId), actorName, verb, actionObject, target);
  }

  /** Something an event is about: its kind ({@code project}, {@code user}...), id and name. */
  public record Subject(String type, String id, String name) {}
}
