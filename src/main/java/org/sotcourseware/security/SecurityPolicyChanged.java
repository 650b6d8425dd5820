package org.sotcourseware.security;

/** An administrator changed a security setting (which roles must use a second factor); the audit log listens. */
public record SecurityPolicyChanged(String setting, String value) {
}
