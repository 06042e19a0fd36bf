package org.fieldcloud.admin.support;

import java.util.Collection;
import java.util.UUID;
import org.fieldcloud.admin.security.AdminSession;
import org.fieldcloud.deltas.application.DeltaAdministration;
import org.fieldcloud.deltas.application.DeltaAdministration.Reapplied;
import org.fieldcloud.shared.domain.ApiException;

/** Re-apply and ignore, with the message that says what happened, for the list and the detail. */
public final class DeltaActions {

  private final DeltaAdministration administration;
  private final AdminSession session;

  public DeltaActions(DeltaAdministration administration, AdminSession session) {
    this.administration = administration;
    this.session = session;
  }

  /** True when it was done. */
  public boolean reapply(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      Messages.error("Tick the deltas to re-apply first.");
      return false;
    }
    try {
      Reapplied done = administration.reapplyByStaff(session.caller(), ids);
      String deltas = deltas(done.reopened()) + (done.reopened() == 1 ? " is" : " are");
      if (done.jobs().isEmpty()) {
        Messages.info(
            deltas
                + " pending again; an apply job that has not run yet carries "
                + (done.reopened() == 1 ? "it" : "them")
                + " and will apply "
                + (done.reopened() == 1 ? "it." : "them."));
      } else {
        Messages.info(
            deltas
                + " pending again. Delta application started: apply job "
                + done.jobs().get(0).getId()
                + (done.jobs().size() > 1 ? " and " + (done.jobs().size() - 1) + " more." : "."));
      }
      return true;
    } catch (ApiException e) {
      Messages.error(e);
      return false;
    }
  }

  public boolean ignore(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      Messages.error("Tick the deltas to ignore first.");
      return false;
    }
    try {
      int ignored = administration.ignoreByStaff(session.caller(), ids);
      Messages.info(
          deltas(ignored)
              + " ignored: apply jobs leave "
              + (ignored == 1 ? "it" : "them")
              + " alone.");
      return true;
    } catch (ApiException e) {
      Messages.error(e);
      return false;
    }
  }

  private static String deltas(int count) {
    return count == 1 ? "1 delta" : count + " deltas";
  }
}
