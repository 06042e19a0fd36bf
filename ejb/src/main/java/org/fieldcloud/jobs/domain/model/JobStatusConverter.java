package org.fieldcloud.jobs.domain.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link JobStatus} in its wire spelling, as the database check expects. */
@Converter(autoApply = true)
public class JobStatusConverter implements AttributeConverter<JobStatus, String> {

  @Override
  public String convertToDatabaseColumn(JobStatus status) {
    return status == null ? null : status.wireName();
  }

  @Override
  public JobStatus convertToEntityAttribute(String value) {
    return value == null
        ? null
        : JobStatus.fromWireName(value)
            .orElseThrow(() -> new IllegalStateException("unknown job status " + value));
  }
}
