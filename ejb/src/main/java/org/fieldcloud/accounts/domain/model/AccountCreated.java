package org.fieldcloud.accounts.domain.model;

/**
 * Fired in the creating transaction once a person or organization and its account row exist, so
 * other contexts can add what every account has (its default-plan subscription).
 */
public record AccountCreated(long userId, UserType type, Long createdById) {}
