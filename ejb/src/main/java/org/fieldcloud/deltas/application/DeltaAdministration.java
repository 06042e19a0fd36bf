package org.fieldcloud.deltas.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.fieldcloud.accounts.application.AuthenticatedUser;
import org.fieldcloud.accounts.domain.model.User;
import org.fieldcloud.deltas.domain.model.Delta;
import org.fieldcloud.deltas.domain.model.DeltaStatus;
import org.fieldcloud.jobs.domain.model.Job;
import org.fieldcloud.projects.domain.model.Project;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;

/**
 * What staff do to deltas in the admin console (model.md 2.8): re-apply (back to {@code pending}
 * and an apply job started for them, the reference's "Apply delta"), and ignore. Either all the
 * chosen deltas change or, with a message saying why, none.
 */
@Stateless
public class DeltaAdministration {

  @PersistenceContext EntityManager em;
  @EJB DeltaApplication application;
  @EJB OwnerAccountGate ownerAccount;

  /**
   * What re-applying did.
   *
   * @param reopened deltas set back to pending
   * @param jobs the apply jobs started for them; none when the deltas were already waiting in an
   *     apply job that has not run yet, which will then apply them
   */
  public record Reapplied(int reopened, List<Job> jobs) {}

  /**
   * Sets the deltas back to {@code pending} and starts delta_apply jobs for them, created by the
   * staff user, through the same rule as an upload (jobs.md 3.3). Refused while a delta is being
   * applied, when its project has no QGIS file or when the owner's account cannot run jobs.
   */
  public Reapplied reapplyByStaff(AuthenticatedUser staff, Collection<UUID> deltaIds) {
    requireStaff(staff);
    List<Delta> deltas = find(deltaIds);
    Map<UUID, List<UUID>> byProject = new LinkedHashMap<>();
    Map<UUID, Project> projects = new LinkedHashMap<>();
    for (Delta delta : deltas) {
      if (delta.getLastStatus() == DeltaStatus.STARTED) {
        throw new ApiException(
            ErrorCode.API_ERROR,
            400,
            "Delta "
                + delta.getId()
                + " is being applied by a job now; re-apply it once that job has ended.");
      }
      Project project = delta.getProject();
      projects.put(project.getId(), project);
      byProject.computeIfAbsent(project.getId(), p -> new ArrayList<>()).add(delta.getId());
    }
    for (Project project : projects.values()) {
      if (project.getTheQgisFileName() == null) {
        throw new ApiException(
            ErrorCode.NO_QGIS_PROJECT,
            "Missing project file: project " + project.getName() + " has no QGIS project file.");
      }
      if (!ownerAccount.canCreateJob(project)) {
        throw new ApiException(
            ErrorCode.API_ERROR,
            400,
            "The account owning project "
                + project.getName()
                + " cannot run jobs now (inactive subscription or no storage left).");
      }
    }
    deltas.forEach(d -> d.setStatusByStaff(DeltaStatus.PENDING));
    em.flush(); // the apply rule reads the pending deltas with SQL
    User user = em.find(User.class, staff.userId());
    List<Job> jobs = new ArrayList<>();
    for (var entry : byProject.entrySet()) {
      jobs.addAll(
          application.applyPending(
              projects.get(entry.getKey()), user, Optional.of(entry.getValue())));
    }
    return new Reapplied(deltas.size(), jobs);
  }

  /**
   * Sets the deltas {@code ignored}: apply jobs that still carry them skip them, and a job that is
   * applying one now keeps this decision when it reports (see {@code DeltaApplyJobHooks}).
   */
  public int ignoreByStaff(AuthenticatedUser staff, Collection<UUID> deltaIds) {
    requireStaff(staff);
    List<Delta> deltas = find(deltaIds);
    deltas.forEach(d -> d.setStatusByStaff(DeltaStatus.IGNORED));
    return deltas.size();
  }

  private List<Delta> find(Collection<UUID> deltaIds) {
    if (deltaIds.isEmpty()) {
      throw new ApiException(ErrorCode.VALIDATION_ERROR, "Choose at least one delta.");
    }
    List<Delta> found = new ArrayList<>();
    for (UUID id : new LinkedHashSet<>(deltaIds)) {
      // locked: an apply job starting now must see the decision, or this must see it started
      Delta delta = em.find(Delta.class, id, LockModeType.PESSIMISTIC_WRITE);
      if (delta == null) {
        throw new ApiException(ErrorCode.API_ERROR, 404, "No delta " + id + ".");
      }
      found.add(delta);
    }
    return found;
  }

  private static void requireStaff(AuthenticatedUser staff) {
    if (!staff.staff()) {
      throw new ApiException(ErrorCode.PERMISSION_DENIED, "Only staff users may do that.");
    }
  }
}
