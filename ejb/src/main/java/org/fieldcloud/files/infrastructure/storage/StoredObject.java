package org.fieldcloud.files.infrastructure.storage;

/**
 * What the object storage holds under a key after an upload, with the checksums computed while the
 * bytes went through.
 *
 * @param key the object key
 * @param size bytes
 * @param md5 MD5 of the whole content (16 bytes)
 * @param sha256 SHA-256 of the whole content (32 bytes)
 * @param etag the S3-style ETag: the MD5 in hex for one part, or the MD5 of the parts' MD5s with a
 *     {@code -N} suffix for N parts of {@link ObjectUploader#PART_SIZE}
 */
public record StoredObject(String key, long size, byte[] md5, byte[] sha256, String etag) {}
