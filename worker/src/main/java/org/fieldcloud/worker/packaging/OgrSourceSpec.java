package org.fieldcloud.worker.packaging;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldcloud.worker.qgis.LayerSource;

/**
 * How ogr2ogr names a layer's data: a dataset string and the layer inside it. For PostGIS the QGIS
 * connection string becomes a {@code PG:} dataset (credentials stay in memory, never logged).
 */
record OgrSourceSpec(String dataset, String layer, String where) {

  private static final Pattern PG_OPTION =
      Pattern.compile(
          "(dbname|host|port|user|password|sslmode|service)=('(?:[^'\\\\]|\\\\.)*'|\\S+)");
  private static final Pattern PG_SQL = Pattern.compile("\\ssql=(.*)$", Pattern.DOTALL);
  private static final Pattern PG_TABLE = Pattern.compile("table=\"([^\"]*)\"(?:\\.\"([^\"]*)\")?");

  static OgrSourceSpec of(LayerSource source) {
    if ("postgres".equals(source.provider())) {
      return postgres(source.datasource());
    }
    return new OgrSourceSpec(source.file().toString(), source.layerName(), source.subset());
  }

  private static OgrSourceSpec postgres(String datasource) {
    List<String> options = new ArrayList<>();
    Matcher option = PG_OPTION.matcher(datasource);
    while (option.find()) {
      options.add(option.group(1) + "=" + option.group(2));
    }
    Matcher sql = PG_SQL.matcher(datasource);
    String where = sql.find() ? sql.group(1).trim() : "";
    Matcher table = PG_TABLE.matcher(datasource);
    String layer = "";
    if (table.find()) {
      layer = table.group(2) == null ? table.group(1) : table.group(1) + "." + table.group(2);
    }
    return new OgrSourceSpec("PG:" + String.join(" ", options), layer, where);
  }
}
