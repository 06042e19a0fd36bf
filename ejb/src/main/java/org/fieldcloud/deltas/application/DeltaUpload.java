package org.fieldcloud.deltas.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.fieldcloud.accounts.application.AuthenticatedUser;
import org.fieldcloud.accounts.domain.model.User;
import org.fieldcloud.deltas.domain.model.DeltaFile;
import org.fieldcloud.deltas.domain.model.DeltaFileReader;
import org.fieldcloud.deltas.domain.model.DeltaStatus;
import org.fieldcloud.deltas.domain.model.DeltasUploaded;
import org.fieldcloud.deltas.domain.model.InvalidDeltaFileException;
import org.fieldcloud.deltas.infrastructure.persistence.DeltaRepository;
import org.fieldcloud.projects.application.ProjectAccess;
import org.fieldcloud.projects.domain.model.EffectiveRole;
import org.fieldcloud.projects.domain.model.Project;
import org.fieldcloud.projects.domain.model.ProjectAction;
import org.fieldcloud.projects.domain.model.ProjectRole;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;

/**
 * Receives a deltafile (jobs.md 3.3, api.md 5.10): checks it, stores its new deltas by uuid
 * (re-uploads are skipped), marks a reporter's patches and deletes unpermitted, and starts
 * applying. A refused file is kept as a faulty deltafile for operators.
 */
@Stateless
public class DeltaUpload {

  /** Larger uploads are refused before being read whole (10 000 deltas are about 10 MiB). */
  public static final int MAX_BYTES = 100 * 1024 * 1024;

  static final String UNPERMITTED_MESSAGE =
      "User has no rights to create delta on this project. Try inviting him as a collaborator"
          + " with proper permissions and try again.";

  @EJB ProjectAccess access;
  @EJB DeltaPermissions permissions;
  @EJB FaultyDeltaFiles faultyFiles;
  @EJB DeltaApplication application;
  @EJB OwnerAccountGate ownerAccount;
  @Inject DeltaRepository deltas;
  @Inject Event<DeltasUploaded> uploaded;
  @PersistenceContext EntityManager em;

  /** Checks the caller may upload deltas to the project; call before reading the body. */
  public void requireCanUpload(String projectId, AuthenticatedUser caller) {
    permissions.require(projectId, caller, ProjectAction.CREATE_DELTAS);
  }

  /** Stores the deltas of {@code raw}; returns how many were new. */
  public int upload(String projectId, AuthenticatedUser caller, byte[] raw, String userAgent) {
    ProjectAccess.Granted granted =
        permissions.require(projectId, caller, ProjectAction.CREATE_DELTAS);
    Project project = granted.project();
    DeltaFile file;
    try {
      file = DeltaFileReader.read(utf8(raw));
    } catch (InvalidDeltaFileException e) {
      faultyFiles.keep(project.getId(), raw, e.deltafileId().orElse(null), userAgent, traceback(e));
      throw new ApiException(ErrorCode.INVALID_DELTAFILE, e.getMessage());
    }
    if (project.getTheQgisFileName() == null) {
      ApiException refusal =
          new ApiException(
              ErrorCode.NO_QGIS_PROJECT,
              "The project has no QGIS project file to apply deltas to.");
      faultyFiles.keep(project.getId(), raw, file.id(), userAgent, traceback(refusal));
      throw refusal;
    }
    String expected = project.getId().toString();
    if (!file.project().equals(expected)) {
      ApiException refusal =
          new ApiException(
              ErrorCode.INVALID_DELTAFILE,
              "Deltafile's project id (%s) doesn't match URL parameter project id (%s)."
                  .formatted(file.project(), expected));
      faultyFiles.keep(project.getId(), raw, file.id(), userAgent, traceback(refusal));
      throw refusal;
    }
    int stored = store(file, project, granted.role(), caller);
    if (stored > 0) {
      uploaded.fire(new DeltasUploaded(project.getId(), caller.userId(), file.id(), stored));
      application.applyPending(project, em.find(User.class, caller.userId()), Optional.empty());
    }
    return stored;
  }

  private int store(DeltaFile file, Project project, EffectiveRole role, AuthenticatedUser caller) {
    String keptPending =
        ownerAccount.canCreateJob(project) ? null : feedback(OwnerAccountGate.KEPT_PENDING_MESSAGE);
    int stored = 0;
    for (JsonObject delta : file.deltas()) {
      boolean permitted = mayCreate(role, DeltaFile.methodOf(delta));
      boolean inserted =
          deltas.insertIfAbsent(
              DeltaFile.uuidOf(delta),
              file.id(),
              DeltaFile.clientIdOf(delta),
              project.getId(),
              delta.toString(),
              permitted ? DeltaStatus.PENDING : DeltaStatus.UNPERMITTED,
              permitted ? keptPending : feedback(UNPERMITTED_MESSAGE),
              caller.userId());
      if (inserted) {
        stored++;
      }
    }
    return stored;
  }

  /** {@code can_create_delta}: a reporter may only add features (jobs.md 3.3). */
  static boolean mayCreate(EffectiveRole role, String method) {
    return role.role() != ProjectRole.REPORTER || "create".equals(method);
  }

  private static String feedback(String message) {
    return jakarta.json.Json.createObjectBuilder().add("msg", message).build().toString();
  }

  private static String utf8(byte[] raw) throws InvalidDeltaFileException {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(raw))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidDeltaFileException("The deltafile is not UTF-8 text.", (UUID) null, e);
    }
  }

  private static String traceback(Exception e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
