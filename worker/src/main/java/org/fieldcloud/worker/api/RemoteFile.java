package org.fieldcloud.worker.api;

/** One entry of {@code GET files/{project}/}: the fields the worker uses. */
public record RemoteFile(String name, long size, String md5sum, boolean isAttachment) {}
