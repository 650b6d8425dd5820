package org.sotcourseware.certification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Certificates: who issues them and the public address their verification links and QR codes point to.
 *
 * @param issuer    printed on certificates and shown on the verification page
 * @param publicUrl the address people reach this app at, without a trailing slash
 * @param verificationsPerMinute how many code lookups one address may make per minute on the public page
 */
@ConfigurationProperties("sot.certificates")
public record CertificationProperties(@DefaultValue("SOT Seminar Programme") String issuer,
                                      @DefaultValue("http://localhost:8080") String publicUrl,
                                      @DefaultValue("20") int verificationsPerMinute) {

    public String verifyUrl(String code) {
        return publicUrl.replaceAll("/+$", "") + "/verify/" + code;
    }
}
