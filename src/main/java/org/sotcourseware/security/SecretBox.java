package org.sotcourseware.security;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Encrypts small secrets kept in the database (the TOTP secrets of {@link SecondFactor}) with AES-256-GCM from
 * the JDK: a random 96-bit nonce per value, a 128-bit tag, and the owner (for example the user id) as
 * associated data, so a value copied to another person's row does not open. The key comes from
 * {@code sot.security.secret-key} (environment {@code SOT_SECRET_KEY}, 32 bytes in base64); without one, demo
 * and development installs generate one once and keep it in {@code ${sot.data-dir}/secret-key}, and
 * {@code prod} refuses to start.
 * <p>
 * A stored value reads {@code enc1:<key id>:<base64 of nonce, ciphertext and tag>}; the key id (8 hex digits
 * of a hash of the key) tells a wrong key apart from a changed value. A value without the prefix is a secret
 * from before encryption and is returned as it is (they are encrypted at start-up, {@link SecondFactorSecrets}).
 */
@Component
public class SecretBox {

    static final String PREFIX = "enc1:";
    static final String KEY_FILE = "secret-key";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger log = LoggerFactory.getLogger(SecretBox.class);

    /** The key is missing (in {@code prod}) or not 32 bytes of base64: the server does not start. */
    public static class SecretKeyException extends IllegalStateException {
        SecretKeyException(String message) {
            super(message);
        }
    }

    /** A stored value that does not open: encrypted with another key, or changed. */
    public static class UnreadableSecretException extends IllegalStateException {
        UnreadableSecretException(String message) {
            super(message);
        }
    }

    private final SecretKeySpec key;
    private final String keyId;

    @Autowired
    SecretBox(@Value("${sot.security.secret-key:}") String configured, @Value("${sot.data-dir:./data}") String dataDir, Environment env) {
        this(resolve(configured, Path.of(dataDir), env.acceptsProfiles(Profiles.of("prod"))));
    }

    SecretBox(byte[] key) {
        if (key.length != 32) {
            throw new SecretKeyException("sot.security.secret-key (SOT_SECRET_KEY) must be 32 bytes in base64, it is " + key.length
                    + " bytes. Make one with: openssl rand -base64 32");
        }
        this.key = new SecretKeySpec(key, "AES");
        this.keyId = keyId(key);
    }

    /** A new random key in the form the configuration takes (base64 of 32 bytes). */
    public static String newKey() {
        byte[] k = new byte[32];
        RANDOM.nextBytes(k);
        return Base64.getEncoder().encodeToString(k);
    }

    static byte[] parse(String base64, String where) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new SecretKeyException("The secret key in " + where + " is not base64 (" + e.getMessage()
                    + "). Make one with: openssl rand -base64 32");
        }
    }

    /** The configured key; else in prod a refusal; else the key kept under the data directory, made the first time. */
    static byte[] resolve(String configured, Path dataDir, boolean prod) {
        if (!configured.isBlank()) {
            return parse(configured, "sot.security.secret-key (SOT_SECRET_KEY)");
        }
        if (prod) {
            throw new SecretKeyException("SOT Courseware needs a secret key to encrypt second-factor secrets in the database. Set "
                    + "SOT_SECRET_KEY (or sot.security.secret-key) to 32 random bytes in base64, made once with: openssl rand -base64 32, "
                    + "and keep it apart from the database backups.");
        }
        Path file = dataDir.resolve(KEY_FILE);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                try {
                    Files.writeString(file, newKey() + "\n", StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW, StandardOpenOption.SYNC);
                    try {
                        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                    } catch (UnsupportedOperationException notPosix) {
                        // Windows: the folder's permissions apply
                    }
                    log.info("Made a secret key for second-factor secrets in {} (set SOT_SECRET_KEY in production)", file.toAbsolutePath());
                } catch (FileAlreadyExistsException raced) {
                    // another start made it first: use theirs
                }
            }
            return parse(Files.readString(file, StandardCharsets.US_ASCII), file.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new SecretKeyException("Cannot read or make the secret key file " + file.toAbsolutePath() + ": " + e.getMessage()
                    + ". Set SOT_SECRET_KEY instead.");
        }
    }

    static String keyId(byte[] key) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update("sot-courseware key id".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(Arrays.copyOf(d.digest(key), 4));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The id of the key in use (not secret): shown in messages about a wrong key. */
    public String keyId() {
        return keyId;
    }

    /** Whether a stored value is encrypted (rather than a secret from before encryption). */
    public static boolean sealed(String stored) {
        return stored.startsWith(PREFIX);
    }

    /** Encrypts {@code plain} for {@code owner} (associated data: the value opens only for the same owner). */
    public String seal(String plain, String owner) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
            byte[] ct = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(nonce.length + ct.length).put(nonce).put(ct).array();
            return PREFIX + keyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    /**
     * Decrypts a value sealed for {@code owner}; a value from before encryption comes back as it is. Throws
     * {@link UnreadableSecretException} saying whether the key is another one or the value was changed.
     */
    public String open(String stored, String owner) {
        if (!sealed(stored)) {
            return stored;
        }
        String rest = stored.substring(PREFIX.length());
        int colon = rest.indexOf(':');
        if (colon < 0) {
            throw new UnreadableSecretException("The encrypted secret of " + owner + " is damaged (no key id).");
        }
        String storedKeyId = rest.substring(0, colon);
        if (!storedKeyId.equals(keyId)) {
            throw new UnreadableSecretException("The secret of " + owner + " was encrypted with the key with id " + storedKeyId
                    + ", but the configured secret key (SOT_SECRET_KEY / sot.security.secret-key) has id " + keyId
                    + ". Configure the key used before, or reset this person's second factor.");
        }
        byte[] in;
        try {
            in = Base64.getDecoder().decode(rest.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new UnreadableSecretException("The encrypted secret of " + owner + " is damaged (not base64).");
        }
        if (in.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new UnreadableSecretException("The encrypted secret of " + owner + " is damaged (too short).");
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            c.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
            return new String(c.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new UnreadableSecretException("The encrypted secret of " + owner + " fails its integrity check: it was changed in the "
                    + "database or belongs to another row. Reset this person's second factor.");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }
}
