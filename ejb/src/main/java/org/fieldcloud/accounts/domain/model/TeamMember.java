package org.fieldcloud.accounts.domain.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A person in a team (model.md 1.1.7); they must belong to the team's organization. */
@Entity
@Table(name = "core_teammember")
public class TeamMember {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "team_id", nullable = false)
  private Team team;

  @ManyToOne(optional = false)
  @JoinColumn(name = "member_id", nullable = false)
  private Person member;

  protected TeamMember() {}

  public TeamMember(Team team, Person member) {
    this.team = team;
    this.member = member;
  }

  public Team getTeam() {
    return team;
  }

  public Person getMember() {
    return member;
  }
}
