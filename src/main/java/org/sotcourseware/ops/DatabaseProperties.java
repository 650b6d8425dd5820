package org.sotcourseware.ops;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Database settings of our own (the connection itself is Spring's {@code spring.datasource.*}).
 *
 * @param allowUnsafeDurability start even when PostgreSQL would acknowledge commits it may lose on a crash
 *                              ({@code synchronous_commit} or {@code fsync} off). Only for throwaway databases.
 */
@ConfigurationProperties("sot.database")
public record DatabaseProperties(@DefaultValue("false") boolean allowUnsafeDurability) {
}
