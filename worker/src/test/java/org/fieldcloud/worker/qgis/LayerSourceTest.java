package org.fieldcloud.worker.qgis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.fieldcloud.worker.redaction.Credentials;
import org.junit.jupiter.api.Test;

/** Data source strings as they appear in the fixture projects (qgis-spike.md §6). */
class LayerSourceTest {

  private static final Path PROJECT = Path.of("/data/project");

  @Test
  void ogrPathLayerAndSubset() {
    LayerSource source =
        LayerSource.of("ogr", "./bees.gpkg|layername=apiary|subset=\"a\" = 'x|y'", PROJECT);
    assertEquals(Path.of("/data/project/bees.gpkg"), source.file());
    assertEquals("apiary", source.layerName());
    assertEquals("\"a\" = 'x|y'", source.subset());
    assertTrue(source.isInside(PROJECT));
  }

  @Test
  void spatialiteDbnameAndTable() {
    LayerSource source =
        LayerSource.of(
            "spatialite", "dbname='./spatialite.db' table=\"somedata\" (geom) sql=", PROJECT);
    assertEquals(Path.of("/data/project/spatialite.db"), source.file());
    assertEquals("somedata", source.layerName());
  }

  @Test
  void delimitedTextFileUrl() {
    LayerSource source =
        LayerSource.of(
            "delimitedtext", "file:///data/other/my%20points.csv?type=csv&xField=x", PROJECT);
    assertEquals(Path.of("/data/other/my points.csv"), source.file());
    assertFalse(source.isInside(PROJECT));
  }

  @Test
  void localizedKeepsItsRawPath() {
    LayerSource source =
        LayerSource.of("ogr", "localized:bumblebees.gpkg|layername=apiary", PROJECT);
    assertTrue(source.localized());
    assertEquals("bumblebees.gpkg", source.rawPath());
    assertEquals("apiary", source.layerName());
  }

  @Test
  void onlineSourcesHaveNoFile() {
    assertNull(
        LayerSource.of("postgres", "dbname='x' host=h table=\"a\".\"b\" (geom)", PROJECT).file());
    assertNull(LayerSource.of("wms", "type=xyz&url=https://tile.example/%7Bz%7D", PROJECT).file());
    assertNull(LayerSource.of("ogr", "/vsicurl/https://example/data.gpkg", PROJECT).file());
    assertNull(LayerSource.of("memory", "Point?crs=EPSG:4326", PROJECT).file());
  }

  @Test
  void credentialsAreStripped() {
    assertEquals(
        "dbname='postgres' host=db port=5432 user='docker' sslmode=disable",
        Credentials.strip(
            "dbname='postgres' host=db port=5432 user='docker' password='Bh\\'ooo' sslmode=disable"));
    assertEquals("PG:dbname=x host=y", Credentials.strip("PG:dbname=x password=s3cret host=y"));
    assertEquals("https://tiles.example/x", Credentials.strip("https://user:pw@tiles.example/x"));
  }
}
