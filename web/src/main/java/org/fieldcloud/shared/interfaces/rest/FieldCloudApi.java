package org.fieldcloud.shared.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The QFieldCloud REST API v1, mounted where QField and the SDK expect it. */
@ApplicationPath("api/v1")
public class FieldCloudApi extends Application {}
