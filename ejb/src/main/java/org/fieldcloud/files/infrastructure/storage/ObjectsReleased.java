package org.fieldcloud.files.infrastructure.storage;

import java.util.List;

/**
 * Fired when database rows that pointed at these object keys were removed; the objects are deleted
 * once the transaction committed, so a rollback never leaves a row without its object.
 */
public record ObjectsReleased(List<String> keys) {}
