package org.fieldcloud.subscriptions.domain.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link SubscriptionStatus} as the reference's lower-case names. */
@Converter
public class SubscriptionStatusConverter implements AttributeConverter<SubscriptionStatus, String> {

  @Override
  public String convertToDatabaseColumn(SubscriptionStatus status) {
    return status == null ? null : status.wire();
  }

  @Override
  public SubscriptionStatus convertToEntityAttribute(String value) {
    return value == null ? null : SubscriptionStatus.fromWire(value).orElseThrow();
  }
}
