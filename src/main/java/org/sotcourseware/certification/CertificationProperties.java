package org.sotcourseware.certification;

import java.net.URI;
import java.net.URISyntaxException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Certificates: who issues them and the public address their verification links and QR codes point to.
 *
 * @param issuer    printed on certificates and shown on the verification page
 * @param publicUrl the address people reach this app at, without a trailing slash. Outside {@code prod} it
 *                  defaults to {@code http://localhost:PORT}; the {@code prod} profile leaves it empty unless
 *                  {@code SOT_PUBLIC_URL} is set, and start-up stops with {@link PublicUrlException} (a
 *                  certificate printed with a localhost QR code cannot be verified by anyone)
 * @param verificationsPerMinute how many code lookups one address may make per minute on the public page
 */
@ConfigurationProperties("sot.certificates")
public record CertificationProperties(@DefaultValue("SOT Seminar Programme") String issuer,
                                      @DefaultValue("http://localhost:8080") String publicUrl,
                                      @DefaultValue("20") int verificationsPerMinute) {

    public CertificationProperties {
        publicUrl = checkedPublicUrl(publicUrl);
    }

    public String verifyUrl(String code) {
        return publicUrl.replaceAll("/+$", "") + "/verify/" + code;
    }

    /** The public address, stripped, or a {@link PublicUrlException} saying what is wrong with it and how to set it. */
    static String checkedPublicUrl(String value) {
        String url = value.strip();
        if (url.isEmpty()) {
            throw new PublicUrlException("The public address of the app is not set. Certificates, their QR codes and the links in "
                    + "e-mails need it; set SOT_PUBLIC_URL (property sot.certificates.public-url) to the address people open the app at.");
        }
        try {
            URI uri = new URI(url);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new PublicUrlException("The public address of the app, SOT_PUBLIC_URL=\"" + url + "\", is not a web address: it must "
                        + "start with https:// (or http://) and name a host.");
            }
        } catch (URISyntaxException e) {
            throw new PublicUrlException("The public address of the app, SOT_PUBLIC_URL=\"" + url + "\", is not a web address: "
                    + e.getReason() + " at character " + (e.getIndex() + 1) + ".");
        }
        return url;
    }

    /** The public address is missing or malformed: start-up stops with this message. */
    public static final class PublicUrlException extends IllegalStateException {
        PublicUrlException(String message) {
            super(message);
        }
    }
}
