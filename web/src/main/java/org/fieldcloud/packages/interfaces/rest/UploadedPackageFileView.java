package org.fieldcloud.packages.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * The answer to the worker's upload (api.md 5.9); {@code md5sum} is the plain MD5 here, not the
 * ETag.
 */
@JsonbPropertyOrder({"name", "size", "sha256", "md5sum"})
public record UploadedPackageFileView(String name, long size, String sha256, String md5sum) {}
