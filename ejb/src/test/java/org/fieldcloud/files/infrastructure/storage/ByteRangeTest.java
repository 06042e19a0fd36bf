package org.fieldcloud.files.infrastructure.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.fieldcloud.files.infrastructure.storage.ByteRange.UnsatisfiableRangeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ByteRangeTest {

  @ParameterizedTest
  @CsvSource({
    "bytes=0-9, 0, 9",
    "bytes=10-, 10, 99",
    "bytes=-5, 95, 99",
    "bytes=-500, 0, 99",
    "bytes=90-200, 90, 99",
    "bytes=99-99, 99, 99"
  })
  void rangesWithinTheBody(String header, long first, long last) {
    assertEquals(Optional.of(new ByteRange(first, last)), ByteRange.parse(header, 100));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"bytes=100-", "bytes=5-4", "bytes=-0", "bytes=-", "items=0-1", "bytes=x-1"})
  void unsatisfiableRanges(String header) {
    assertThrows(UnsatisfiableRangeException.class, () -> ByteRange.parse(header, 100));
  }

  @Test
  void noHeaderOrSeveralRangesMeanTheWholeBody() {
    assertEquals(Optional.empty(), ByteRange.parse(null, 100));
    assertEquals(Optional.empty(), ByteRange.parse("bytes=0-1,5-6", 100));
  }

  @Test
  void contentRangeHeader() {
    var range = new ByteRange(10, 19);
    assertEquals("bytes 10-19/100", range.contentRange(100));
    assertEquals(10, range.length());
    assertEquals("bytes=10-19", range.s3Range());
  }
}
