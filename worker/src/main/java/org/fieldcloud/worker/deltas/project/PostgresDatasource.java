package org.fieldcloud.worker.deltas.project;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A QGIS {@code postgres} datasource URI, e.g. {@code service='geodb1' sslmode=disable key='id'
 * srid=2056 type=Point table="public"."point" (geometry) sql=}. Values may be single-quoted with
 * backslash escapes; {@code table=} is a quoted schema and table followed by the geometry column in
 * parentheses; everything after {@code sql=} is the filter.
 */
public record PostgresDatasource(
    Map<String, String> params, String schema, String table, String geometryColumn, String sql) {

  public String param(String key) {
    return params.get(key);
  }

  public static PostgresDatasource parse(String uri) {
    Map<String, String> params = new LinkedHashMap<>();
    String schema = null;
    String table = null;
    String geometryColumn = null;
    String sql = null;
    int i = 0;
    int n = uri.length();
    while (i < n) {
      while (i < n && Character.isWhitespace(uri.charAt(i))) {
        i++;
      }
      int keyStart = i;
      while (i < n && uri.charAt(i) != '=' && !Character.isWhitespace(uri.charAt(i))) {
        i++;
      }
      String key = uri.substring(keyStart, i);
      if (i >= n || uri.charAt(i) != '=') {
        continue; // a bare word: ignore, as QGIS does
      }
      i++; // '='
      if (key.equals("sql")) {
        sql = uri.substring(i).trim();
        break;
      }
      if (key.equals("table")) {
        StringBuilder first = new StringBuilder();
        i = readIdentifier(uri, i, first);
        if (i < n && uri.charAt(i) == '.') {
          StringBuilder second = new StringBuilder();
          i = readIdentifier(uri, i + 1, second);
          schema = first.toString();
          table = second.toString();
        } else {
          table = first.toString();
        }
        int j = i;
        while (j < n && uri.charAt(j) == ' ') {
          j++;
        }
        if (j < n && uri.charAt(j) == '(') {
          int close = uri.indexOf(')', j);
          if (close > 0) {
            geometryColumn = uri.substring(j + 1, close).trim();
            if (geometryColumn.length() > 1 && geometryColumn.startsWith("\"")) {
              geometryColumn = geometryColumn.substring(1, geometryColumn.length() - 1);
            }
            i = close + 1;
          }
        }
        continue;
      }
      StringBuilder value = new StringBuilder();
      if (i < n && (uri.charAt(i) == '\'' || uri.charAt(i) == '"')) {
        char quote = uri.charAt(i++);
        while (i < n && uri.charAt(i) != quote) {
          if (uri.charAt(i) == '\\' && i + 1 < n) {
            i++;
          }
          value.append(uri.charAt(i++));
        }
        i++; // closing quote
      } else {
        while (i < n && !Character.isWhitespace(uri.charAt(i))) {
          value.append(uri.charAt(i++));
        }
      }
      params.put(key, value.toString());
    }
    if (schema == null && table != null) {
      schema = "public";
    }
    return new PostgresDatasource(
        Map.copyOf(params), schema, table, emptyToNull(geometryColumn), emptyToNull(sql));
  }

  private static int readIdentifier(String s, int i, StringBuilder out) {
    if (i < s.length() && s.charAt(i) == '"') {
      i++;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == '"') {
          if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
            out.append('"');
            i += 2;
            continue;
          }
          return i + 1;
        }
        out.append(c);
        i++;
      }
      return i;
    }
    while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '.') {
      out.append(s.charAt(i++));
    }
    return i;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
