package org.fieldcloud.it.deltas;

import org.fieldcloud.it.projects.Projects;
import org.fieldcloud.it.support.Accounts;
import org.fieldcloud.it.support.Accounts.Person;

/** Projects ready for deltas. */
final class DeltaProjects {

  private DeltaProjects() {}

  /**
   * A project of {@code owner} whose QGIS file is {@code project.qgs}, set directly: these tests
   * are about the server's half of deltas. The project is locked (locked_at), which keeps the job
   * queue away from it, so its apply jobs stay as the upload made them.
   */
  static String withQgisFile(Person owner) {
    String id = Projects.create(owner.api(), owner.username(), false);
    Accounts.sql(
        "UPDATE project_project SET the_qgis_file_name = 'project.qgs', locked_at = now()"
            + " WHERE id = ?::uuid",
        id);
    return id;
  }

  static long count(String query, Object... params) {
    return Accounts.queryLong(query, params);
  }
}
