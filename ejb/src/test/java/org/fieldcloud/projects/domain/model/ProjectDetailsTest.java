package org.fieldcloud.projects.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProjectDetailsTest {

  private static ProjectDetails withLayer(String layer) {
    return ProjectDetails.parse("{\"layers_by_id\": {\"l1\": " + layer + "}}").orElseThrow();
  }

  @Test
  void fileBasedVectorLayersAreNotOnline() {
    assertEquals(
        Optional.of(false),
        withLayer(
                "{\"type_name\": \"Vector\", \"provider_name\": \"ogr\", \"filename\": \"a.gpkg\"}")
            .hasOnlineVectorData());
  }

  @Test
  void vectorLayersWithoutAFileAreOnlineUnlessMemoryOrPlainVirtual() {
    assertEquals(
        Optional.of(true),
        withLayer("{\"type_name\": \"VectorLayer\", \"provider_name\": \"postgres\"}")
            .hasOnlineVectorData());
    assertEquals(
        Optional.of(false),
        withLayer("{\"type_name\": \"Vector\", \"provider_name\": \"memory\", \"filename\": \"\"}")
            .hasOnlineVectorData());
    assertEquals(
        Optional.of(false),
        withLayer(
                "{\"type_name\": \"Vector\", \"provider_name\": \"virtual\","
                    + " \"datasource\": \"?query=select 1\"}")
            .hasOnlineVectorData());
    assertEquals(
        Optional.of(true),
        withLayer(
                "{\"type_name\": \"Vector\", \"provider_name\": \"virtual\","
                    + " \"datasource\": \"?layer=postgres:x\"}")
            .hasOnlineVectorData());
  }

  @Test
  void rastersDoNotCountAndMissingLayersAreUnknown() {
    assertEquals(
        Optional.of(false),
        withLayer("{\"type_name\": \"Raster\", \"provider_name\": \"wms\", \"filename\": \"\"}")
            .hasOnlineVectorData());
    assertFalse(ProjectDetails.parse("{}").orElseThrow().hasOnlineVectorData().isPresent());
    assertFalse(ProjectDetails.parse("not json").isPresent());
  }

  @Test
  void attachmentDirsDefaultToDcim() {
    assertEquals(
        List.of("DCIM"), ProjectDetails.parse("{}").orElseThrow().attachmentDirs(List.of("DCIM")));
    assertEquals(
        List.of("photos", "files"),
        ProjectDetails.parse("{\"attachment_dirs\": [\"photos\", \"files\"]}")
            .orElseThrow()
            .attachmentDirs(List.of("DCIM")));
    Project project = new Project("p", null, null);
    assertEquals(List.of("DCIM"), ProjectDetails.attachmentDirs(project, List.of("DCIM")));
  }

  @Test
  void statusIsBusyWhileAJobRunsAndFailedUntilProcessed() {
    Project project = new Project("p", null, null);
    assertEquals(ProjectStatus.BUSY, ProjectStatus.of(project, true));
    assertEquals(ProjectStatus.FAILED, ProjectStatus.of(project, false));
    project.setTheQgisFileName("p.qgs");
    assertEquals(ProjectStatus.FAILED, ProjectStatus.of(project, false));
    project.setProjectDetails("{}");
    assertEquals(ProjectStatus.OK, ProjectStatus.of(project, false));
    assertTrue(
        ProjectStatus.of(new Project("shared_datasets", null, null), false) == ProjectStatus.OK);
  }
}
