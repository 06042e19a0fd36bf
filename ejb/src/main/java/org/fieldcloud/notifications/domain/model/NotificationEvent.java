package org.fieldcloud.notifications.domain.model;

import java.util.Optional;

/**
 * What happened, before it is copied to each recipient: "actor verb action_object on target"
 * (model.md 4.1). Names are taken now, so the row still reads well after a deletion.
 */
public record NotificationEvent(
    long actorId,
    String actorName,
    String verb,
    Optional<Subject> actionObject,
    Optional<Subject> target) {

  /** Something an event is about: its kind ({@code project}, {@code user}...), id and name. */
  public record Subject(String type, String id, String name) {}
}
