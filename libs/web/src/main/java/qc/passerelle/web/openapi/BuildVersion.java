package qc.passerelle.web.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version Maven built: every module of Passerelle shares the reactor's {@code project.version}, which this
 * library writes into its own jar at build time, so a service needs no build-info step of its own.
 */
public final class BuildVersion {

    static final String RESOURCE = "/qc/passerelle/web/openapi/build.properties";

    private BuildVersion() {
    }

    public static String current() {
        try (InputStream in = BuildVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
