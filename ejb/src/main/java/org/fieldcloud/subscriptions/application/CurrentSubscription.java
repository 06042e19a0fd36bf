package org.fieldcloud.subscriptions.application;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What {@code GET subscriptions/<username>/current/} shows (api.md 6.12). */
public record CurrentSubscription(
    UUID uuid,
    String planDisplayName,
    String planCode,
    boolean planIsPremium,
    String status,
    OffsetDateTime activeSince,
    OffsetDateTime activeUntil,
    long storageUsedBytes,
    long activeStorageTotalBytes,
    long planStorageThresholdWarningBytes,
    long planStorageThresholdCriticalBytes) {}
