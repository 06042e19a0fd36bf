package org.fieldcloud.files.domain.model;

/** A file name that breaks the rules of {@link FileName}; answered as 400 validation_error. */
public class InvalidFileNameException extends IllegalArgumentException {

  public InvalidFileNameException(String name, String problem) {
    super("Invalid file name: " + problem + ".");
  }
}
