package org.linli.platform.core.token;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * RSA keys as configuration carries them: PEM or bare Base64 of the DER (X.509 for a public key, PKCS#8
 * for a private one), so an operator can paste either form into an environment variable.
 */
public final class RsaKeys {

    private RsaKeys() {}

    /** A public key; {@code setting} names the property in the error, so a typo is found at start-up. */
    public static RSAPublicKey publicKey(String text, String setting) {
        try {
            return (RSAPublicKey) rsa().generatePublic(new X509EncodedKeySpec(der(text)));
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException(setting + " is not an RSA public key (X.509 DER, PEM or Base64)", e);
        }
    }

    /** A private key with its public half, which is derived from it rather than configured twice. */
    public static KeyPair keyPair(String privateKeyText, String setting) {
        try {
            KeyFactory rsa = rsa();
            RSAPrivateCrtKey privateKey =
                    (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(der(privateKeyText)));
            RSAPublicKey publicKey = (RSAPublicKey)
                    rsa.generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            return new KeyPair(publicKey, privateKey);
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException(setting + " is not an RSA private key (PKCS#8, PEM or Base64)", e);
        }
    }

    /** A fresh 2048-bit pair, for tests and for a dev set-up's generated secrets. */
    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] der(String text) {
        String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }

    private static KeyFactory rsa() throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA");
    }
}
