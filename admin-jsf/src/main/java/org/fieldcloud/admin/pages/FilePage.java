package org.fieldcloud.admin.pages;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.UUID;
import org.fieldcloud.admin.security.AdminSession;
import org.fieldcloud.admin.support.Messages;
import org.fieldcloud.admin.support.QueryDataModel;
import org.fieldcloud.files.application.FileDeletion;
import org.fieldcloud.files.domain.model.FileListRow;
import org.fieldcloud.files.domain.model.FileVersion;
import org.fieldcloud.shared.application.EntityLists;
import org.fieldcloud.shared.application.ListQuery;
import org.fieldcloud.shared.application.ListQuery.Match;
import org.fieldcloud.shared.domain.ApiException;

/**
 * One project file and its versions (model.md 2.11), newest first: download any version, delete one
 * (asks first; never the last one, as in the API).
 */
@Named
@ViewScoped
public class FilePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB EntityLists lists;
  @EJB FileDeletion deletion;
  @Inject AdminSession session;

  private String id;
  private FileListRow file;
  private QueryDataModel<FileVersion> versions;

  public void load() {
    try {
      file = lists.find(FileListRow.class, Long.valueOf(id.strip())).orElse(null);
    } catch (NumberFormatException | NullPointerException e) {
      file = null;
    }
    if (file == null) {
      Messages.error("No file with id " + id + ".");
      return;
    }
    long fileId = file.getId();
    versions =
        new QueryDataModel<>(
            lists,
            () -> ListQuery.of(FileVersion.class).where("fileId", Match.EQUALS, fileId),
            Map.of(
                "uploadedAt", "uploadedAt",
                "size", "size",
                "uploadedBy.username", "uploadedBy.username"),
            v -> v.getId().toString(),
            "uploadedAt",
            false);
  }

  /**
   * "Delete" of a version; the button sends the version's id, so the click deletes the version that
   * was shown whatever was uploaded meanwhile.
   */
  public void delete() {
    String versionId =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("version");
    try {
      UUID version = UUID.fromString(versionId == null ? "" : versionId);
      deletion.deleteVersionByStaff(session.caller(), version);
      Messages.info("Version " + version + " of " + file.getName() + " deleted.");
      load();
    } catch (ApiException e) {
      Messages.error(e);
    } catch (IllegalArgumentException e) {
      Messages.error("No such version.");
    }
  }

  /** Whether the version is the file's latest, the one the API gives without a version. */
  public boolean isLatest(FileVersion version) {
    return version.getId().equals(file.getLatestVersionId());
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public FileListRow getFile() {
    return file;
  }

  public QueryDataModel<FileVersion> getVersions() {
    return versions;
  }
}
