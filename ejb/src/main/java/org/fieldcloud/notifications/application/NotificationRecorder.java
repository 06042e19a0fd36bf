package org.fieldcloud.notifications.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.fieldcloud.accounts.domain.model.OrganizationMembershipChanged;
import org.fieldcloud.accounts.domain.model.User;
import org.fieldcloud.deltas.domain.model.DeltasUploaded;
import org.fieldcloud.jobs.domain.model.JobEnded;
import org.fieldcloud.jobs.domain.model.JobStatus;
import org.fieldcloud.jobs.domain.model.JobType;
import org.fieldcloud.notifications.domain.model.Notification;
import org.fieldcloud.notifications.domain.model.NotificationEvent;
import org.fieldcloud.notifications.domain.model.NotificationEvent.Subject;
import org.fieldcloud.projects.domain.model.Project;
import org.fieldcloud.projects.domain.model.ProjectCollaboratorChanged;
import org.fieldcloud.projects.domain.model.ProjectCreated;
import org.fieldcloud.projects.domain.model.ProjectDeleting;

/**
 * Records the events of model.md 4.1 for each person concerned, in the transaction of the change
 * (so a refused change leaves no notification). The actor is the user who made the change and is
 * never notified of it; recipients are de-duplicated.
 *
 * <p>Besides the reference's events (which stop at projects, collaborators, members and teams),
 * deltas and jobs are recorded for the persons of the project: "bob uploaded 3 deltas on bees" when
 * a deltafile brings new deltas, and "delta_apply job failed on bees" when a job ends — every
 * failure, and the successes of package and delta_apply jobs (a process_projectfile that finishes
 * is the expected echo of an upload). A job event's actor is the job, so the person who triggered
 * it is told too.
 */
@Stateless
public class NotificationRecorder {

  @PersistenceContext EntityManager em;

  /** Copies {@code event} to each recipient except its actor. */
  public void record(NotificationEvent event, Collection<Long> recipientIds) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Set<Long> recipients = new LinkedHashSet<>(recipientIds);
    recipients.remove(event.actorId());
    for (long recipient : recipients) {
      em.persist(new Notification(recipient, event, now));
    }
  }

  public void onMembershipChanged(@Observes OrganizationMembershipChanged change) {
    if (change.actorId() == null) {
      return;
    }
    User organization = em.find(User.class, change.organizationId());
    User member = em.find(User.class, change.memberId());
    record(
        event(
            change.actorId(),
            change.added() ? "added" : "removed",
            Optional.of(subject(member)),
            Optional.of(subject(organization))),
        organizationPersons(change.organizationId()));
  }

  public void onProjectCreated(@Observes ProjectCreated created) {
    Project project = em.find(Project.class, created.projectId());
    record(
        event(
            created.actorId(),
            "created",
            Optional.of(new Subject("project", project.getId().toString(), project.getName())),
            Optional.empty()),
        projectPersons(created.projectId()));
  }

  /** Observed before the removal, while the project's roles still say who is concerned. */
  public void onProjectDeleting(@Observes ProjectDeleting deleting) {
    record(
        event(
            deleting.actorId(),
            "deleted",
            Optional.of(
                new Subject("project", deleting.projectId().toString(), deleting.projectName())),
            Optional.empty()),
        projectPersons(deleting.projectId()));
  }

  public void onCollaboratorChanged(@Observes ProjectCollaboratorChanged change) {
    Project project = em.find(Project.class, change.projectId());
    record(
        event(
            change.actorId(),
            change.added() ? "added" : "removed",
            Optional.of(subject(em.find(User.class, change.collaboratorId()))),
            Optional.of(new Subject("project", project.getId().toString(), project.getName()))),
        projectPersons(change.projectId()));
  }

  public void onDeltasUploaded(@Observes DeltasUploaded uploaded) {
    Project project = em.find(Project.class, uploaded.projectId());
    record(
        event(
            uploaded.actorId(),
            "uploaded",
            Optional.of(
                new Subject(
                    "deltafile",
                    uploaded.deltafileId().toString(),
                    uploaded.count() + (uploaded.count() == 1 ? " delta" : " deltas"))),
            Optional.of(projectSubject(project))),
        projectPersons(uploaded.projectId()));
  }

  public void onJobEnded(@Observes JobEnded ended) {
    boolean notable =
        ended.status() == JobStatus.FAILED
            || (ended.status() == JobStatus.FINISHED
                && ended.type() != JobType.PROCESS_PROJECTFILE);
    if (!notable) {
      return;
    }
    Project project = em.find(Project.class, ended.projectId());
    if (project == null) {
      return;
    }
    record(
        new NotificationEvent(
            null,
            ended.type().wireName() + " job",
            ended.status().wireName(),
            Optional.empty(),
            Optional.of(projectSubject(project))),
        projectPersons(ended.projectId()));
  }

  private static Subject projectSubject(Project project) {
    return new Subject("project", project.getId().toString(), project.getName());
  }

  /** Persons with a role on the project, except those who see it only because it is public. */
  public List<Long> projectPersons(UUID projectId) {
    return longs(
        em.createNativeQuery(
                "SELECT v.user_id FROM projects_with_roles_vw v JOIN core_user u"
                    + " ON u.id = v.user_id AND u.type = 1"
                    + " WHERE v.project_id = ?1 AND v.origin <> 'public'")
            .setParameter(1, projectId)
            .getResultList());
  }

  /** The organization's owner and members. */
  public List<Long> organizationPersons(long organizationId) {
    return longs(
        em.createNativeQuery(
                "SELECT organization_owner_id FROM core_organization WHERE user_ptr_id = ?1"
                    + " UNION SELECT member_id FROM core_organizationmember"
                    + " WHERE organization_id = ?1")
            .setParameter(1, organizationId)
            .getResultList());
  }

  private NotificationEvent event(
      long actorId, String verb, Optional<Subject> actionObject, Optional<Subject> target) {
    User actor = em.find(User.class, actorId);
    String actorName = actor == null ? "someone" : actor.getUsername();
    return new NotificationEvent(actorId, actorName, verb, actionObject, target);
  }

  private static Subject subject(User user) {
    return new Subject("user", String.valueOf(user.getId()), user.getUsername());
  }

  private static List<Long> longs(List<?> rows) {
    return rows.stream().map(r -> ((Number) r).longValue()).toList();
  }
}
