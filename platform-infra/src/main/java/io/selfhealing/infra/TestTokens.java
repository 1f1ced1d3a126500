package io.selfhealing.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A fresh RSA key pair per test run: the service under test (coordinator, notifier) verifies with the
 * public half ({@code mp.jwt.verify.publickey.location}), tests sign bearer tokens with the private
 * half, exactly as an OIDC provider or a script would. Tests only (the service declares
 * smallrye-jwt-build in test scope).
 */
public class TestTokens implements QuarkusTestResourceLifecycleManager {

    public static final String ISSUER = "self-healing";
    static final String PRIVATE_KEY = "healing.test.jwt-private-key";

    @Override
    public Map<String, String> start() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Path dir = Files.createTempDirectory("service-jwt");
            Path publicKey = dir.resolve("public.pem");
            Path privateKey = dir.resolve("private.pem");
            Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            Files.writeString(privateKey, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
            return Map.of("mp.jwt.verify.publickey.location", publicKey.toUri().toString(),
                    "mp.jwt.verify.issuer", ISSUER, PRIVATE_KEY, privateKey.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
    }

    /** A bearer token for {@code user} with {@code roles}, signed by the test key. */
    public static String token(String user, String... roles) {
        return sign(user, ISSUER, Duration.ofMinutes(5), roles);
    }

    public static String sign(String user, String issuer, Duration lifetime, String... roles) {
        return Jwt.issuer(issuer).upn(user).subject(user).groups(Set.of(roles)).expiresIn(lifetime)
                .jws().sign(privateKey());
    }

    private static PrivateKey privateKey() {
        try {
            Path file = Path.of(ConfigProvider.getConfig().getValue(PRIVATE_KEY, String.class));
            byte[] der = Base64.getDecoder().decode(Files.readString(file).trim());
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
