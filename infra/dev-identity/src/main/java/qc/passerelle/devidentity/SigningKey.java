package qc.passerelle.devidentity;

import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The signing key is made on first start and kept under ./data, so tokens stay valid across restarts. */
@Configuration(proxyBeanMethods = false)
class SigningKey {

    @Bean
    TokenMinter tokenMinter(@Value("${passerelle.dev-identity.key-file}") Path keyFile,
                            @Value("${passerelle.dev-identity.issuer}") String issuer) {
        return new TokenMinter(loadOrCreate(keyFile), issuer);
    }

    static RSAKey loadOrCreate(Path keyFile) {
        try {
            if (Files.exists(keyFile)) {
                return RSAKey.parse(Files.readString(keyFile));
            }
            RSAKey key = TokenMinter.newKey();
            Files.createDirectories(keyFile.toAbsolutePath().getParent());
            Files.writeString(keyFile, key.toJSONString());
            // where the file system has no POSIX permissions, the data folder's own protection applies
            if (keyFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException(keyFile + " is not a JWK: delete it to make a new key", e);
        }
    }
}
