package qc.passerelle.browser;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where, in the repository this module is built from, the tests write what the README shows. */
final class RepositoryFolders {

    private RepositoryFolders() {
    }

    /**
     * {@code docs/screenshots} of the repository when asked for ({@code -Dpasserelle.screenshots=docs}, to refresh the
     * README's pictures), else this module's {@code target/screenshots}: an ordinary build leaves the tree as it was.
     */
    static Path screenshots() {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        if (!"docs".equals(System.getProperty("passerelle.screenshots"))) {
            return module.resolve("target").resolve("screenshots");
        }
        Path root = module;
        while (root != null && !(Files.exists(root.resolve("mvnw")) && Files.isDirectory(root.resolve("docs")))) {
            root = root.getParent();
        }
        if (root == null) {
            throw new IllegalStateException("no repository root (mvnw and docs/) above " + module);
        }
        return root.resolve("docs").resolve("screenshots");
    }
}
