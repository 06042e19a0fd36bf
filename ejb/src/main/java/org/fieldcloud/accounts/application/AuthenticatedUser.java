package org.fieldcloud.accounts.application;

import org.fieldcloud.accounts.domain.model.ClientType;

/**
 * Who sends the current request, as the token resolved it. A plain snapshot: services take it as
 * the caller and look up what else they need.
 *
 * @param userId id of the person
 * @param username their username
 * @param staff whether they may use staff-only endpoints
 * @param clientType the client the token was issued to (worker and qfield tokens skip quotas)
 * @param tokenId the token used for this request
 */
public record AuthenticatedUser(
    long userId, String username, boolean staff, ClientType clientType, long tokenId) {}
