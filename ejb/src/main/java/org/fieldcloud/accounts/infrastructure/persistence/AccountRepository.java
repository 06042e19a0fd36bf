package org.fieldcloud.accounts.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.fieldcloud.accounts.domain.model.Organization;
import org.fieldcloud.accounts.domain.model.OrganizationMember;
import org.fieldcloud.accounts.domain.model.Person;
import org.fieldcloud.accounts.domain.model.Team;
import org.fieldcloud.accounts.domain.model.TeamMember;
import org.fieldcloud.accounts.domain.model.User;
import org.fieldcloud.shared.domain.Page;
import org.fieldcloud.shared.domain.PageRequest;

/**
 * Finds accounts, memberships and teams. Usernames are matched case-insensitively everywhere: they
 * are unique whatever their case (see the V2 migration), so at most one account matches.
 */
@ApplicationScoped
public class AccountRepository {

  @PersistenceContext EntityManager em;

  public EntityManager em() {
    return em;
  }

  public Optional<User> findByUsername(String username) {
    return first(
        em.createQuery("SELECT u FROM User u WHERE upper(u.username) = upper(:name)", User.class)
            .setParameter("name", username));
  }

  public Optional<Person> findPerson(String username) {
    return first(
        em.createQuery(
                "SELECT p FROM Person p WHERE upper(p.username) = upper(:name)", Person.class)
            .setParameter("name", username));
  }

  public Optional<Person> findPersonById(long id) {
    return Optional.ofNullable(em.find(Person.class, id));
  }

  /** A person by e-mail address, case-insensitively (person e-mails are unique that way). */
  public Optional<Person> findPersonByEmail(String email) {
    if (email == null || email.isBlank()) {
      return Optional.empty();
    }
    return first(
        em.createQuery("SELECT p FROM Person p WHERE upper(p.email) = upper(:email)", Person.class)
            .setParameter("email", email));
  }

  public boolean emailTakenByAnotherPerson(String email, Long exceptId) {
    return findPersonByEmail(email).filter(p -> !p.getId().equals(exceptId)).isPresent();
  }

  public boolean usernameTaken(String username, Long exceptId) {
    return findByUsername(username).filter(u -> !u.getId().equals(exceptId)).isPresent();
  }

  public Optional<Organization> findOrganization(String name) {
    return first(
        em.createQuery(
                "SELECT o FROM Organization o WHERE upper(o.username) = upper(:name)",
                Organization.class)
            .setParameter("name", name));
  }

  public Optional<OrganizationMember> membership(Organization organization, long personId) {
    return first(
        em.createQuery(
                "SELECT m FROM OrganizationMember m"
                    + " WHERE m.organization = :org AND m.member.id = :person",
                OrganizationMember.class)
            .setParameter("org", organization)
            .setParameter("person", personId));
  }

  /** The members of an organization in the order they joined; the owner is not among them. */
  public Page<OrganizationMember> members(Organization organization, Optional<PageRequest> page) {
    TypedQuery<OrganizationMember> query =
        em.createQuery(
                "SELECT m FROM OrganizationMember m WHERE m.organization = :org ORDER BY m.id",
                OrganizationMember.class)
            .setParameter("org", organization);
    long total =
        em.createQuery(
                "SELECT count(m) FROM OrganizationMember m WHERE m.organization = :org", Long.class)
            .setParameter("org", organization)
            .getSingleResult();
    page.ifPresent(p -> query.setFirstResult(p.offset()).setMaxResults(p.limit()));
    return new Page<>(query.getResultList(), total, page);
  }

  public List<String> publicMemberNames(Organization organization) {
    return em.createQuery(
            "SELECT m.member.username FROM OrganizationMember m"
                + " WHERE m.organization = :org AND m.isPublic = true ORDER BY m.id",
            String.class)
        .setParameter("org", organization)
        .getResultList();
  }

  /** Organizations the person owns or is a member of, by name. */
  public List<Organization> organizationsOf(long personId) {
    return em.createQuery(
            "SELECT o FROM Organization o WHERE o.owner.id = :person OR EXISTS (SELECT m FROM"
                + " OrganizationMember m WHERE m.organization = o AND m.member.id = :person)"
                + " ORDER BY o.username",
            Organization.class)
        .setParameter("person", personId)
        .getResultList();
  }

  public List<Team> teams(Organization organization) {
    return em.createQuery(
            "SELECT t FROM Team t WHERE t.organization = :org ORDER BY t.username", Team.class)
        .setParameter("org", organization)
        .getResultList();
  }

  public Optional<Team> findTeam(Organization organization, String shortName) {
    return first(
        em.createQuery(
                "SELECT t FROM Team t WHERE t.organization = :org"
                    + " AND upper(t.username) = upper(:name)",
                Team.class)
            .setParameter("org", organization)
            .setParameter("name", Team.fullName(organization.getUsername(), shortName)));
  }

  public List<TeamMember> teamMembers(Team team) {
    return em.createQuery(
            "SELECT tm FROM TeamMember tm WHERE tm.team = :team ORDER BY tm.member.username",
            TeamMember.class)
        .setParameter("team", team)
        .getResultList();
  }

  public Optional<TeamMember> teamMember(Team team, long personId) {
    return first(
        em.createQuery(
                "SELECT tm FROM TeamMember tm WHERE tm.team = :team AND tm.member.id = :person",
                TeamMember.class)
            .setParameter("team", team)
            .setParameter("person", personId));
  }

  private static <T> Optional<T> first(TypedQuery<T> query) {
    return query.setMaxResults(1).getResultList().stream().findFirst();
  }
}
