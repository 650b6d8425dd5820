-- TOTP secrets are now kept encrypted (AES-256-GCM with a key from the configuration, security.SecretBox):
-- "enc1:" + key id + ":" + base64 of nonce, ciphertext and tag, about 80 characters. Secrets stored before are
-- encrypted at start-up (security.SecondFactorSecrets).
alter table second_factor alter column secret set data type varchar(200);
