package org.fieldcloud.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.fieldcloud.shared.application.SystemStatus;
import org.fieldcloud.shared.application.SystemStatusService;

/** Backs the console's start page: is the service healthy right now. */
@Named
@RequestScoped
public class SystemStatusPage {

  @EJB SystemStatusService statusService;

  private SystemStatus status;

  public SystemStatus getStatus() {
    if (status == null) {
      status = statusService.current();
    }
    return status;
  }
}
