package org.fieldcloud.projects.interfaces.rest;

import java.util.List;

/** A list of projects as a response body, written by {@link ProjectListWriter}. */
public record ProjectList(List<ProjectView> projects) {}
