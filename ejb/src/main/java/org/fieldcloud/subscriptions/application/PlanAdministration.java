package org.fieldcloud.subscriptions.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.fieldcloud.accounts.application.AuthenticatedUser;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;
import org.fieldcloud.subscriptions.domain.model.Plan;
import org.fieldcloud.subscriptions.domain.model.PlanSettings;

/**
 * Plans as staff make and edit them in the admin console (model.md 2.12: every field editable),
 * with the reference's rules between plans: a unique code, a trial plan that is a trial of the same
 * user type, and one default plan per user type (making a plan the default clears the flag on the
 * others of its type).
 */
@Stateless
public class PlanAdministration {

  @PersistenceContext EntityManager em;

  /** The settings of an existing plan, to fill the edit form. */
  public PlanSettings settingsOf(AuthenticatedUser staff, long planId) {
    requireStaff(staff);
    Plan p = find(planId);
    return new PlanSettings(
        p.getCode(),
        p.getUserType(),
        p.getOrdering(),
        p.getDisplayName(),
        p.getStorageMb(),
        p.getStorageThresholdWarningBytes(),
        p.getStorageThresholdCriticalBytes(),
        p.getStorageKeepVersions(),
        p.getJobMinutes(),
        p.isCanAddStorage(),
        p.isCanAddJobMinutes(),
        p.isExternalDbSupported(),
        p.isCanConfigureRepackagingCacheExpire(),
        minRepackagingCacheExpireMinutes(planId),
        p.getSynchronizationsPerMonths(),
        p.isPublicPlan(),
        p.isDefaultPlan(),
        p.isPremium(),
        p.isTrial(),
        p.isCancellable(),
        p.isStorageModifiable(),
        p.isSeatBased(),
        p.getMaxOrganizationMembers(),
        p.getMaxPremiumCollaboratorsPerPrivateProject(),
        p.getMaxTrialOrganizations(),
        p.getInitialSubscriptionStatus(),
        p.getUpgradableTo(),
        p.getNotes(),
        p.getTrialPlan() == null ? null : p.getTrialPlan().getId());
  }

  public Plan createByStaff(AuthenticatedUser staff, PlanSettings settings) {
    requireStaff(staff);
    settings.validate();
    requireFreeCode(settings.code().strip(), null);
    Plan trialPlan = trialPlan(settings, null);
    if (settings.defaultPlan()) {
      clearOtherDefaults(settings.userType(), null);
    }
    Plan plan = new Plan(settings, trialPlan);
    em.persist(plan);
    em.flush();
    writeMinRepackagingCacheExpire(plan.getId(), settings.minRepackagingCacheExpireMinutes());
    return plan;
  }

  public Plan updateByStaff(AuthenticatedUser staff, long planId, PlanSettings settings) {
    requireStaff(staff);
    settings.validate();
    Plan plan = find(planId);
    requireFreeCode(settings.code().strip(), plan.getId());
    if (plan.isDefaultPlan()
        && (!settings.defaultPlan() || settings.userType() != plan.getUserType())) {
      throw new ApiException(
          ErrorCode.VALIDATION_ERROR,
          "Plan "
              + plan.getCode()
              + " is the default plan for new accounts of its type; make another plan of that"
              + " type the default first.");
    }
    Plan trialPlan = trialPlan(settings, plan.getId());
    if (settings.defaultPlan() && !plan.isDefaultPlan()) {
      clearOtherDefaults(settings.userType(), plan.getId());
    }
    plan.apply(settings, trialPlan);
    em.flush();
    writeMinRepackagingCacheExpire(plan.getId(), settings.minRepackagingCacheExpireMinutes());
    return plan;
  }

  private Plan trialPlan(PlanSettings settings, Long planId) {
    if (settings.trialPlanId() == null) {
      return null;
    }
    Plan trialPlan = em.find(Plan.class, settings.trialPlanId());
    if (trialPlan == null) {
      throw new ApiException(ErrorCode.VALIDATION_ERROR, "The chosen trial plan does not exist.");
    }
    if (trialPlan.getId().equals(planId)
        || !trialPlan.isTrial()
        || trialPlan.getUserType() != settings.userType()) {
      throw new ApiException(
          ErrorCode.VALIDATION_ERROR,
          "The trial plan must be another plan that is a trial, for the same user type.");
    }
    return trialPlan;
  }

  private void requireFreeCode(String code, Long planId) {
    Long taken =
        em.createQuery(
                "SELECT count(p) FROM Plan p WHERE p.code = :code AND p.id <> :id", Long.class)
            .setParameter("code", code)
            .setParameter("id", planId == null ? -1L : planId)
            .getSingleResult();
    if (taken > 0) {
      throw new ApiException(
          ErrorCode.VALIDATION_ERROR, "There is a plan with the code " + code + " already.");
    }
  }

  /** Done and flushed first: the database allows only one default per user type. */
  private void clearOtherDefaults(short userType, Long planId) {
    em
        .createQuery(
            "SELECT p FROM Plan p WHERE p.defaultPlan = true AND p.userType = :type", Plan.class)
        .setParameter("type", userType)
        .getResultList()
        .stream()
        .filter(p -> !p.getId().equals(planId))
        .forEach(Plan::clearDefault);
    em.flush();
  }

  private int minRepackagingCacheExpireMinutes(long planId) {
    Number minutes =
        (Number)
            em.createNativeQuery(
                    "SELECT CAST(extract(epoch FROM min_repackaging_cache_expire) / 60 AS integer)"
                        + " FROM subscription_plan WHERE id = ?1")
                .setParameter(1, planId)
                .getSingleResult();
    return minutes.intValue();
  }

  private void writeMinRepackagingCacheExpire(long planId, int minutes) {
    em.createNativeQuery(
            "UPDATE subscription_plan SET min_repackaging_cache_expire = make_interval(mins => ?1)"
                + " WHERE id = ?2")
        .setParameter(1, minutes)
        .setParameter(2, planId)
        .executeUpdate();
  }

  private Plan find(long planId) {
    Plan plan = em.find(Plan.class, planId);
    if (plan == null) {
      throw new ApiException(ErrorCode.API_ERROR, 404, "No plan " + planId + ".");
    }
    return plan;
  }

  private static void requireStaff(AuthenticatedUser staff) {
    if (!staff.staff()) {
      throw new ApiException(ErrorCode.PERMISSION_DENIED, "Only staff users may do that.");
    }
  }
}
