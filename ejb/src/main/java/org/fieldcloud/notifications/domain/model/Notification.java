package org.fieldcloud.notifications.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * One event for one recipient (model.md 1.7): "actor verb action_object on target". Created unread
 * and not e-mailed; the digest marks it e-mailed and leaves it unread.
 */
@Entity
@Table(name = "notifications_notification")
public class Notification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "recipient_id", nullable = false)
  private long recipientId;

  @Column(nullable = false)
  private boolean unread = true;

  @Column(name = "actor_id")
  private Long actorId;

  @Column(name = "actor_name", nullable = false)
  private String actorName;

  @Column(nullable = false)
  private String verb;

  @Column(name = "action_object_type")
  private String actionObjectType;

  @Column(name = "action_object_id")
  private String actionObjectId;

  @Column(name = "action_object_name")
  private String actionObjectName;

  @Column(name = "target_type")
  private String targetType;

  @Column(name = "target_id")
  private String targetId;

  @Column(name = "target_name")
  private String targetName;

  @Column(name = "timestamp", nullable = false)
  private OffsetDateTime timestamp;

  @Column(nullable = false)
  private boolean emailed;

  protected Notification() {}

  public Notification(long recipientId, NotificationEvent event, OffsetDateTime at) {
    this.recipientId = recipientId;
    this.actorId = event.actorId();
    this.actorName = event.actorName();
    this.verb = event.verb();
    event
        .actionObject()
        .ifPresent(
            o -> {
              this.actionObjectType = o.type();
              this.actionObjectId = o.id();
              this.actionObjectName = o.name();
            });
    event
        .target()
        .ifPresent(
            t -> {
              this.targetType = t.type();
              this.targetId = t.id();
              this.targetName = t.name();
            });
    this.timestamp = at;
  }

  public void markEmailed() {
    this.emailed = true;
  }

  public Long getId() {
    return id;
  }

  public long getRecipientId() {
    return recipientId;
  }

  public boolean isUnread() {
    return unread;
  }

  public boolean isEmailed() {
    return emailed;
  }

  public String getVerb() {
    return verb;
  }

  public OffsetDateTime getTimestamp() {
    return timestamp;
  }

  /** The reference's string form: "alice added bob on myorg 3 minutes ago". */
  public String describe(OffsetDateTime now) {
    StringBuilder text = new StringBuilder(actorName).append(' ').append(verb);
    if (actionObjectName != null) {
      text.append(' ').append(actionObjectName);
    }
    if (targetName != null) {
      text.append(" on ").append(targetName);
    }
    return text.append(' ').append(ago(Duration.between(timestamp, now))).toString();
  }

  static String ago(Duration age) {
    long minutes = Math.max(age.toMinutes(), 0);
    if (minutes < 1) {
      return "just now";
    }
    if (minutes < 60) {
      return plural(minutes, "minute") + " ago";
    }
    long hours = minutes / 60;
    if (hours < 24) {
      return plural(hours, "hour") + " ago";
    }
    return plural(hours / 24, "day") + " ago";
  }

  private static String plural(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }
}
