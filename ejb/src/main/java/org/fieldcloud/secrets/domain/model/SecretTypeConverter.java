package org.fieldcloud.secrets.domain.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link SecretType} as the reference's lower-case names. */
@Converter
public class SecretTypeConverter implements AttributeConverter<SecretType, String> {

  @Override
  public String convertToDatabaseColumn(SecretType type) {
    return type == null ? null : type.wire();
  }

  @Override
  public SecretType convertToEntityAttribute(String value) {
    return value == null ? null : SecretType.fromWire(value).orElseThrow();
  }
}
