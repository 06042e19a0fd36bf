package org.fieldcloud.worker.deltas.geometry;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * The GeoPackage geometry blob: {@code 'G' 'P'}, version 0, flags, srs_id, optional envelope, then
 * ISO WKB. Written the way GDAL writes it: little endian, no envelope for points, an XY envelope
 * for everything else, the empty flag for empty geometries.
 */
public final class GpkgGeometry {

  private GpkgGeometry() {}

  public static byte[] encode(Geometry g, int srsId, boolean z, boolean m) {
    byte[] wkb = IsoWkbWriter.write(g, z, m);
    boolean empty = g.isEmpty();
    boolean withEnvelope = !empty && !(g instanceof org.locationtech.jts.geom.Point);
    ByteBuffer b =
        ByteBuffer.allocate(8 + (withEnvelope ? 32 : 0) + wkb.length)
            .order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 'G').put((byte) 'P').put((byte) 0);
    int flags = 1 | (withEnvelope ? 1 << 1 : 0) | (empty ? 1 << 4 : 0);
    b.put((byte) flags);
    b.putInt(srsId);
    if (withEnvelope) {
      Envelope e = g.getEnvelopeInternal();
      b.putDouble(e.getMinX()).putDouble(e.getMaxX()).putDouble(e.getMinY()).putDouble(e.getMaxY());
    }
    b.put(wkb);
    return b.array();
  }

  /** Whether the blob is a GeoPackage geometry at all (magic and version). */
  public static boolean isGpkg(byte[] blob) {
    return blob != null && blob.length >= 8 && blob[0] == 'G' && blob[1] == 'P';
  }

  public static boolean isEmptyFlag(byte[] blob) {
    return (blob[3] & 0x10) != 0;
  }

  public static int srsId(byte[] blob) {
    return ByteBuffer.wrap(blob, 4, 4)
        .order((blob[3] & 1) != 0 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN)
        .getInt();
  }

  /** Offset of the WKB after the header and its envelope. */
  public static int wkbOffset(byte[] blob) {
    int envType = (blob[3] >> 1) & 0x7;
    int doubles =
        switch (envType) {
          case 0 -> 0;
          case 1 -> 4;
          case 2, 3 -> 6;
          case 4 -> 8;
          default -> throw new IllegalArgumentException("bad GeoPackage envelope type " + envType);
        };
    return 8 + 8 * doubles;
  }

  /** The envelope (minX, maxX, minY, maxY) of a blob, {@code null} for an empty geometry. */
  public static double[] envelope(byte[] blob) {
    if (isEmptyFlag(blob)) {
      return null;
    }
    int envType = (blob[3] >> 1) & 0x7;
    if (envType != 0) {
      ByteBuffer b =
          ByteBuffer.wrap(blob, 8, 32)
              .order((blob[3] & 1) != 0 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
      return new double[] {b.getDouble(), b.getDouble(), b.getDouble(), b.getDouble()};
    }
    return WkbEnvelope.of(blob, wkbOffset(blob));
  }

  public static Geometry decode(byte[] blob) throws ParseException {
    int off = wkbOffset(blob);
    byte[] wkb = java.util.Arrays.copyOfRange(blob, off, blob.length);
    Geometry g = new WKBReader().read(wkb);
    g.setSRID(srsId(blob));
    return g;
  }
}
