package org.fieldcloud.shared.domain;

/**
 * The error codes of the API (api.md 3.1) with their HTTP status and fixed message. Clients match
 * on {@code code}; the message is always the fixed text of the code, never the detail.
 */
public enum ErrorCode {
  UNKNOWN_ERROR(500, "QFieldcloud Unknown Error"),
  AUTHENTICATION_FAILED(401, "Authentication failed"),
  TOKEN_AUTHENTICATION_FAILED(401, "Token authentication failed"),
  NOT_AUTHENTICATED(401, "Not authenticated"),
  TOO_MANY_FAILED_LOGIN_ATTEMPTS(401, "Too many failed login attempts!"),
  PERMISSION_DENIED(403, "Permission denied"),
  EMPTY_CONTENT(400, "Empty content"),
  MULTIPLE_CONTENTS(400, "Multiple contents"),
  EXPLICIT_DELETION_OF_LAST_VERSION(400, "Explicit deletion of last file version is not allowed!"),
  OBJECT_NOT_FOUND(404, "Object not found"),
  API_ERROR(500, "API Error"),
  VALIDATION_ERROR(400, "Validation error"),
  INVALID_QGIS_PROJECT_FILE(400, "Invalid QGIS project file"),
  MULTIPLE_PROJECTS(400, "Multiple projects"),
  RESTRICTED_PROJECT_MODIFICATION(403, "Restricted project modification"),
  INVALID_DELTAFILE(400, "Invalid deltafile"),
  NO_DELTAS_TO_APPLY(400, "No deltas to apply"),
  NO_QGIS_PROJECT(400, "The project does not contain a valid QGIS project file"),
  INVALID_JOB(400, "Invalid job"),
  PROJECT_ALREADY_EXISTS(400, "This user already owns a project with the same name."),
  INVALID_HTTP_RANGE(416, "The provided HTTP range header is invalid."),
  QGIS_PROJECT_FILE_NOT_ALLOWED(400, "QGIS project files are not allowed in this project."),
  NOT_CLONEABLE_PROJECT(400, "This project cannot be cloned."),
  OPERATION_NOT_ALLOWED_FOR_TEMPLATE_PROJECT(
      400, "This operation is not allowed on a template project."),
  UNEXPECTED_PROJECT_COLLABORATOR(500, "Project creator is already a project collaborator."),
  ORGANIZATION_HAS_MAX_NUMBER_OF_MEMBERS(
      403, "Cannot add new organization members, account limit has been reached."),
  PERMISSION_DENIED_INACTIVE(403, "Permission denied because the useraccount is inactive"),
  INACTIVE_SUBSCRIPTION(403, "Permission denied because the subscription is inactive"),
  PERMISSION_DENIED_PLAN_INSUFFICIENT(
      403, "Permission denied because the useraccount's plan is insufficient"),
  OVER_QUOTA(402, "Quota error");

  private final int status;
  private final String message;

  ErrorCode(int status, String message) {
    this.status = status;
    this.message = message;
  }

  public int status() {
    return status;
  }

  public String message() {
    return message;
  }

  /** The wire form, e.g. {@code object_not_found}. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
