package org.fieldcloud.jobs.domain.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link JobType} in its wire spelling, as the database check expects. */
@Converter(autoApply = true)
public class JobTypeConverter implements AttributeConverter<JobType, String> {

  @Override
  public String convertToDatabaseColumn(JobType type) {
    return type == null ? null : type.wireName();
  }

  @Override
  public JobType convertToEntityAttribute(String value) {
    return value == null
        ? null
        : JobType.fromWireName(value)
            .orElseThrow(() -> new IllegalStateException("unknown job type " + value));
  }
}
