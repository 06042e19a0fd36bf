package org.fieldcloud.deltas.domain.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link DeltaStatus} in its lower-case name, as the database check expects. */
@Converter(autoApply = true)
public class DeltaStatusConverter implements AttributeConverter<DeltaStatus, String> {

  @Override
  public String convertToDatabaseColumn(DeltaStatus status) {
    return status == null ? null : status.wireName();
  }

  @Override
  public DeltaStatus convertToEntityAttribute(String value) {
    return value == null
        ? null
        : DeltaStatus.fromWireName(value)
            .orElseThrow(() -> new IllegalStateException("unknown delta status " + value));
  }
}
