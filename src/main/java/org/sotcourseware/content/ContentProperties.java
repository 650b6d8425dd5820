package org.sotcourseware.content;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the curriculum lives.
 *
 * @param root the content folder (curriculum.yml plus one folder per module); relative paths are
 *             resolved against the working directory
 */
@ConfigurationProperties("sot.content")
public record ContentProperties(@DefaultValue("content") Path root) {
}
