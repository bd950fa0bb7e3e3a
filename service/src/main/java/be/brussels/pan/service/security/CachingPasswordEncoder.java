package be.brussels.pan.service.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt, with the successful checks remembered. Machine clients send HTTP Basic credentials on every
 * request; a BCrypt check costs tens of milliseconds of CPU, which would cap the service at a few dozen
 * requests per second. A successful (password, hash) pair is remembered as an HMAC under a key drawn at
 * start-up and never stored: no password is kept, a changed hash no longer matches, and the memory is
 * bounded.
 */
public final class CachingPasswordEncoder implements PasswordEncoder {

    private static final int MAX_REMEMBERED = 10_000;

    private final PasswordEncoder delegate;
    private final byte[] key = new byte[32];
    private final Map<String, Boolean> remembered = new ConcurrentHashMap<>();
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public CachingPasswordEncoder(PasswordEncoder delegate) {
        this.delegate = delegate;
        new SecureRandom().nextBytes(key);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return false;
        }
        String fingerprint = fingerprint(rawPassword, encodedPassword);
        if (remembered.containsKey(fingerprint)) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            if (remembered.size() >= MAX_REMEMBERED) {
                remembered.clear();
            }
            remembered.put(fingerprint, Boolean.TRUE);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private String fingerprint(CharSequence raw, String encoded) {
        Mac mac = macs.get();
        mac.update(encoded.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        mac.update(raw.toString().getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(mac.doFinal());
    }

    /** One keyed HMAC per thread: looking up and keying a Mac costs more than the HMAC itself. */
    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
