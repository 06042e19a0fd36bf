package org.fieldcloud.packages.domain.model;

import java.util.List;

/**
 * Package files whose rows were removed in the current transaction: their objects are deleted once
 * it commits, so the database never points at a missing object.
 */
public record PackageObjectsReleased(List<String> keys) {}
