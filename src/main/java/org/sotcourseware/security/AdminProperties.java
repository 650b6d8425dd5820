package org.sotcourseware.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator of an install without demo mode (production: environment variables
 * SOT_ADMIN_USERNAME and SOT_ADMIN_PASSWORD). Used only while no administrator exists.
 */
@ConfigurationProperties("sot.admin")
public record AdminProperties(@DefaultValue("") String username, @DefaultValue("") String password,
                              @DefaultValue("Administrator") String displayName) {

    @Override
    public String toString() {
        return "AdminProperties[username=" + username + "]"; // never the password
    }
}
