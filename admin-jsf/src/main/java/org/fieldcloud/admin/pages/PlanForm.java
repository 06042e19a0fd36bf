package org.fieldcloud.admin.pages;

import java.io.Serializable;
import org.fieldcloud.subscriptions.domain.model.PlanSettings;
import org.fieldcloud.subscriptions.domain.model.SubscriptionStatus;

/**
 * The plan form's fields (model.md 1.5.1), with the defaults of a new plan; {@link PlanSettings} is
 * what the service takes.
 */
public class PlanForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String code = "";
  private short userType = 1;
  private int ordering = 0;
  private String displayName = "";
  private int storageMb = 10;
  private long storageThresholdWarningBytes = 2_000_000L;
  private long storageThresholdCriticalBytes = 1_000_000L;
  private int storageKeepVersions = 10;
  private int jobMinutes = 10;
  private boolean canAddStorage;
  private boolean canAddJobMinutes;
  private boolean externalDbSupported;
  private boolean canConfigureRepackagingCacheExpire;
  private int minRepackagingCacheExpireMinutes = 60;
  private int synchronizationsPerMonths = 30;
  private boolean publicPlan;
  private boolean defaultPlan;
  private boolean premium;
  private boolean trial;
  private boolean cancellable = true;
  private boolean storageModifiable = true;
  private boolean seatBased;
  private int maxOrganizationMembers = -1;
  private int maxPremiumCollaboratorsPerPrivateProject = -1;
  private int maxTrialOrganizations = 1;
  private SubscriptionStatus initialSubscriptionStatus = SubscriptionStatus.INACTIVE_DRAFT;
  private String upgradableTo;
  private String notes;
  private Long trialPlanId;

  /** The form filled with an existing plan. */
  public static PlanForm of(PlanSettings s) {
    PlanForm form = new PlanForm();
    form.code = s.code();
    form.userType = s.userType();
    form.ordering = s.ordering();
    form.displayName = s.displayName();
    form.storageMb = s.storageMb();
    form.storageThresholdWarningBytes = s.storageThresholdWarningBytes();
    form.storageThresholdCriticalBytes = s.storageThresholdCriticalBytes();
    form.storageKeepVersions = s.storageKeepVersions();
    form.jobMinutes = s.jobMinutes();
    form.canAddStorage = s.canAddStorage();
    form.canAddJobMinutes = s.canAddJobMinutes();
    form.externalDbSupported = s.externalDbSupported();
    form.canConfigureRepackagingCacheExpire = s.canConfigureRepackagingCacheExpire();
    form.minRepackagingCacheExpireMinutes = s.minRepackagingCacheExpireMinutes();
    form.synchronizationsPerMonths = s.synchronizationsPerMonths();
    form.publicPlan = s.publicPlan();
    form.defaultPlan = s.defaultPlan();
    form.premium = s.premium();
    form.trial = s.trial();
    form.cancellable = s.cancellable();
    form.storageModifiable = s.storageModifiable();
    form.seatBased = s.seatBased();
    form.maxOrganizationMembers = s.maxOrganizationMembers();
    form.maxPremiumCollaboratorsPerPrivateProject = s.maxPremiumCollaboratorsPerPrivateProject();
    form.maxTrialOrganizations = s.maxTrialOrganizations();
    form.initialSubscriptionStatus = s.initialSubscriptionStatus();
    form.upgradableTo = s.upgradableTo();
    form.notes = s.notes();
    form.trialPlanId = s.trialPlanId();
    return form;
  }

  public PlanSettings settings() {
    return new PlanSettings(
        code,
        userType,
        ordering,
        displayName,
        storageMb,
        storageThresholdWarningBytes,
        storageThresholdCriticalBytes,
        storageKeepVersions,
        jobMinutes,
        canAddStorage,
        canAddJobMinutes,
        externalDbSupported,
        canConfigureRepackagingCacheExpire,
        minRepackagingCacheExpireMinutes,
        synchronizationsPerMonths,
        publicPlan,
        defaultPlan,
        premium,
        trial,
        cancellable,
        storageModifiable,
        seatBased,
        maxOrganizationMembers,
        maxPremiumCollaboratorsPerPrivateProject,
        maxTrialOrganizations,
        initialSubscriptionStatus,
        upgradableTo,
        notes,
        trialPlanId);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public short getUserType() {
    return userType;
  }

  public void setUserType(short userType) {
    this.userType = userType;
  }

  public int getOrdering() {
    return ordering;
  }

  public void setOrdering(int ordering) {
    this.ordering = ordering;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public int getStorageMb() {
    return storageMb;
  }

  public void setStorageMb(int storageMb) {
    this.storageMb = storageMb;
  }

  public long getStorageThresholdWarningBytes() {
    return storageThresholdWarningBytes;
  }

  public void setStorageThresholdWarningBytes(long storageThresholdWarningBytes) {
    this.storageThresholdWarningBytes = storageThresholdWarningBytes;
  }

  public long getStorageThresholdCriticalBytes() {
    return storageThresholdCriticalBytes;
  }

  public void setStorageThresholdCriticalBytes(long storageThresholdCriticalBytes) {
    this.storageThresholdCriticalBytes = storageThresholdCriticalBytes;
  }

  public int getStorageKeepVersions() {
    return storageKeepVersions;
  }

  public void setStorageKeepVersions(int storageKeepVersions) {
    this.storageKeepVersions = storageKeepVersions;
  }

  public int getJobMinutes() {
    return jobMinutes;
  }

  public void setJobMinutes(int jobMinutes) {
    this.jobMinutes = jobMinutes;
  }

  public boolean isCanAddStorage() {
    return canAddStorage;
  }

  public void setCanAddStorage(boolean canAddStorage) {
    this.canAddStorage = canAddStorage;
  }

  public boolean isCanAddJobMinutes() {
    return canAddJobMinutes;
  }

  public void setCanAddJobMinutes(boolean canAddJobMinutes) {
    this.canAddJobMinutes = canAddJobMinutes;
  }

  public boolean isExternalDbSupported() {
    return externalDbSupported;
  }

  public void setExternalDbSupported(boolean externalDbSupported) {
    this.externalDbSupported = externalDbSupported;
  }

  public boolean isCanConfigureRepackagingCacheExpire() {
    return canConfigureRepackagingCacheExpire;
  }

  public void setCanConfigureRepackagingCacheExpire(boolean canConfigureRepackagingCacheExpire) {
    this.canConfigureRepackagingCacheExpire = canConfigureRepackagingCacheExpire;
  }

  public int getMinRepackagingCacheExpireMinutes() {
    return minRepackagingCacheExpireMinutes;
  }

  public void setMinRepackagingCacheExpireMinutes(int minRepackagingCacheExpireMinutes) {
    this.minRepackagingCacheExpireMinutes = minRepackagingCacheExpireMinutes;
  }

  public int getSynchronizationsPerMonths() {
    return synchronizationsPerMonths;
  }

  public void setSynchronizationsPerMonths(int synchronizationsPerMonths) {
    this.synchronizationsPerMonths = synchronizationsPerMonths;
  }

  public boolean isPublicPlan() {
    return publicPlan;
  }

  public void setPublicPlan(boolean publicPlan) {
    this.publicPlan = publicPlan;
  }

  public boolean isDefaultPlan() {
    return defaultPlan;
  }

  public void setDefaultPlan(boolean defaultPlan) {
    this.defaultPlan = defaultPlan;
  }

  public boolean isPremium() {
    return premium;
  }

  public void setPremium(boolean premium) {
    this.premium = premium;
  }

  public boolean isTrial() {
    return trial;
  }

  public void setTrial(boolean trial) {
    this.trial = trial;
  }

  public boolean isCancellable() {
    return cancellable;
  }

  public void setCancellable(boolean cancellable) {
    this.cancellable = cancellable;
  }

  public boolean isStorageModifiable() {
    return storageModifiable;
  }

  public void setStorageModifiable(boolean storageModifiable) {
    this.storageModifiable = storageModifiable;
  }

  public boolean isSeatBased() {
    return seatBased;
  }

  public void setSeatBased(boolean seatBased) {
    this.seatBased = seatBased;
  }

  public int getMaxOrganizationMembers() {
    return maxOrganizationMembers;
  }

  public void setMaxOrganizationMembers(int maxOrganizationMembers) {
    this.maxOrganizationMembers = maxOrganizationMembers;
  }

  public int getMaxPremiumCollaboratorsPerPrivateProject() {
    return maxPremiumCollaboratorsPerPrivateProject;
  }

  public void setMaxPremiumCollaboratorsPerPrivateProject(
      int maxPremiumCollaboratorsPerPrivateProject) {
    this.maxPremiumCollaboratorsPerPrivateProject = maxPremiumCollaboratorsPerPrivateProject;
  }

  public int getMaxTrialOrganizations() {
    return maxTrialOrganizations;
  }

  public void setMaxTrialOrganizations(int maxTrialOrganizations) {
    this.maxTrialOrganizations = maxTrialOrganizations;
  }

  public SubscriptionStatus getInitialSubscriptionStatus() {
    return initialSubscriptionStatus;
  }

  public void setInitialSubscriptionStatus(SubscriptionStatus initialSubscriptionStatus) {
    this.initialSubscriptionStatus = initialSubscriptionStatus;
  }

  public String getUpgradableTo() {
    return upgradableTo;
  }

  public void setUpgradableTo(String upgradableTo) {
    this.upgradableTo = upgradableTo;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public Long getTrialPlanId() {
    return trialPlanId;
  }

  public void setTrialPlanId(Long trialPlanId) {
    this.trialPlanId = trialPlanId;
  }
}
