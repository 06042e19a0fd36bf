package org.fieldcloud.projects.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.fieldcloud.accounts.domain.model.User;

/** What the projects context needs to know about accounts. */
@Stateless
public class AccountLookup {

  @PersistenceContext EntityManager em;

  public Optional<User> byUsername(String username) {
    return em.createQuery("SELECT u FROM User u WHERE upper(u.username) = upper(:name)", User.class)
        .setParameter("name", username)
        .getResultStream()
        .findFirst();
  }

  /**
   * The person's role in the organization: {@code owner}, or the membership role ({@code admin},
   * {@code creator}, {@code member}); empty when {@code organizationId} is not an organization or
   * the person is not in it.
   */
  public Optional<String> organizationRole(long organizationId, long personId) {
    @SuppressWarnings("unchecked")
    List<String> roles =
        em.createNativeQuery(
                "SELECT CASE WHEN org.organization_owner_id = ?2 THEN 'owner' ELSE m.role END"
                    + " FROM core_organization org LEFT JOIN core_organizationmember m"
                    + " ON m.organization_id = org.user_ptr_id AND m.member_id = ?2"
                    + " WHERE org.user_ptr_id = ?1")
            .setParameter(1, organizationId)
            .setParameter(2, personId)
            .getResultList();
    return roles.stream().filter(r -> r != null).findFirst();
  }

  public boolean isOrganization(User user) {
    return userType(user.getId()) == 2;
  }

  public boolean isTeam(User user) {
    return userType(user.getId()) == 3;
  }

  /** The organization a team belongs to. */
  public Optional<Long> teamOrganizationId(long teamId) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery("SELECT team_organization_id FROM core_team WHERE user_ptr_id = ?1")
            .setParameter(1, teamId)
            .getResultList();
    return ids.stream().findFirst().map(Number::longValue);
  }

  private int userType(long userId) {
    return ((Number)
            em.createNativeQuery("SELECT type FROM core_user WHERE id = ?1")
                .setParameter(1, userId)
                .getSingleResult())
        .intValue();
  }
}
