package org.fieldcloud.accounts.domain.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link ClientType} in lower case, as QFieldCloud does. */
@Converter
public class ClientTypeConverter implements AttributeConverter<ClientType, String> {

  @Override
  public String convertToDatabaseColumn(ClientType type) {
    return type == null ? null : type.value();
  }

  @Override
  public ClientType convertToEntityAttribute(String value) {
    return value == null ? null : ClientType.parse(value).orElse(ClientType.UNKNOWN);
  }
}
