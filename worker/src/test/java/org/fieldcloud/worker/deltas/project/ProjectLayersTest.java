package org.fieldcloud.worker.deltas.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.fieldcloud.worker.deltas.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectLayersTest {

  @TempDir Path dir;

  @Test
  void readsTheLayersOfTheDeltaProject() throws Exception {
    ProjectLayers p = ProjectLayers.read(Fixtures.deltaDir().resolve("project.qgs"));
    assertEquals(8, p.all().size());
    LayerSource l = p.layer("points_xy_897d5ed7_b810_4624_abe3_9f7c0a93d6a1").orElseThrow();
    assertEquals("ogr", l.provider());
    assertEquals("vector", l.type());
    OgrDatasource ds = OgrDatasource.parse(l.datasource(), l.projectDir());
    assertEquals(Fixtures.deltaDir().toAbsolutePath().resolve("testdata.gpkg"), ds.file());
    assertEquals("points_xy", ds.layerName());
    assertTrue(ds.isGeoPackage());
  }

  @Test
  void readsQgzArchives() throws Exception {
    Path qgz = dir.resolve("project.qgz");
    try (var zip = new ZipOutputStream(Files.newOutputStream(qgz))) {
      zip.putNextEntry(new ZipEntry("project.qgd"));
      zip.write(new byte[] {1, 2, 3});
      zip.putNextEntry(new ZipEntry("project.qgs"));
      zip.write(Files.readAllBytes(Fixtures.deltaDir().resolve("project3.qgs")));
    }
    ProjectLayers p = ProjectLayers.read(qgz);
    assertEquals(dir.toAbsolutePath(), p.all().values().iterator().next().projectDir());
    assertTrue(p.layer("polygons_e12da475_70fc_439d_b679_71afabb3ebef").isPresent());
  }

  @Test
  void brokenAndMissingProjects() {
    var broken =
        assertThrows(
            InvalidProjectFileException.class,
            () -> ProjectLayers.read(Fixtures.deltaDir().resolve("broken.qgs")));
    assertTrue(broken.getMessage().startsWith("Project file is an invalid XML document:"));
    var missing =
        assertThrows(
            InvalidProjectFileException.class, () -> ProjectLayers.read(dir.resolve("no.qgs")));
    assertTrue(missing.getMessage().endsWith("does not exist"));
  }

  @Test
  void parsesPostgresDatasources() throws Exception {
    ProjectLayers p = ProjectLayers.read(Fixtures.deltaDir().resolve("project_pgservice.qgs"));
    PostgresDatasource ds =
        PostgresDatasource.parse(
            p.layer("point_6b900fa7_af52_4082_bbff_6077f4a91d02").orElseThrow().datasource());
    assertEquals("geodb1", ds.param("service"));
    assertEquals("id", ds.param("key"));
    assertEquals("public", ds.schema());
    assertEquals("point", ds.table());
    assertEquals("geometry", ds.geometryColumn());
    PostgresDatasource full =
        PostgresDatasource.parse(
            "dbname='my db' host=db.local port=5433 user='u' password='p\\'w' sslmode=disable"
                + " key='tid' srid=2056 type=Point table=\"a\"\"b\".\"pt\" (geom) sql=\"x\" > 1");
    assertEquals("my db", full.param("dbname"));
    assertEquals("p'w", full.param("password"));
    assertEquals("a\"b", full.schema());
    assertEquals("pt", full.table());
    assertEquals("geom", full.geometryColumn());
    assertEquals("\"x\" > 1", full.sql());
    PostgresDatasource noGeom = PostgresDatasource.parse("service='s' table=\"public\".\"t\" sql=");
    assertNull(noGeom.geometryColumn());
    assertNull(noGeom.sql());
  }

  @Test
  void pgServiceFileFromTheEnvironment() throws Exception {
    Path conf = dir.resolve("pg_service.conf");
    Files.writeString(
        conf, "# comment\n[geodb1]\nhost=127.0.0.1\nport = 5432\ndbname=gis\n\n[x]\n");
    PgServiceFile f = PgServiceFile.locate(Map.of("PGSERVICEFILE", conf.toString()));
    assertEquals(
        Map.of("host", "127.0.0.1", "port", "5432", "dbname", "gis"),
        f.service("geodb1").orElseThrow());
    assertTrue(f.service("nope").isEmpty());
  }
}
