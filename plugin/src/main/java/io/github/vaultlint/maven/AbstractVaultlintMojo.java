package io.github.vaultlint.maven;

import io.github.vaultlint.engine.LintOptions;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;

/** Parameters every vaultlint goal shares, and how they resolve with and without a pom. */
abstract class AbstractVaultlintMojo extends AbstractMojo {

    /** Root folder of the vault. Without a pom: the current folder. */
    @Parameter(property = "vaultlint.vault", defaultValue = "${project.basedir}")
    File vault;

    /** The vault's config file; defaults to {@code <vault>/.vaultlint.yml}, which may be absent. */
    @Parameter(property = "vaultlint.config")
    File configFile;

    /** Skips the goal. */
    @Parameter(property = "vaultlint.skip", defaultValue = "false")
    boolean skip;

    /** Tells a real project from Maven's stand-in project when the goal runs without a pom. */
    @Parameter(defaultValue = "${session}", readonly = true)
    MavenSession session;

    Path vaultRoot() {
        // Without a pom, ${project.basedir} has no value: the vault is the folder Maven runs in.
        File v = vault != null ? vault : new File(System.getProperty("user.dir"));
        return v.toPath().toAbsolutePath().normalize();
    }

    LintOptions lintOptions() {
        return new LintOptions(vaultRoot(), configFile == null ? null : configFile.toPath(), configFile != null, 0);
    }

    /**
     * The folder Maven resolves a relative file parameter against: the project's basedir, or the
     * current folder without a pom.
     */
    Path baseDir() {
        if (projectPresent() && session != null && session.getCurrentProject() != null
                && session.getCurrentProject().getBasedir() != null) {
            return session.getCurrentProject().getBasedir().toPath().toAbsolutePath().normalize();
        }
        return Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
    }

    boolean projectPresent() {
        return session == null || session.getRequest() == null || session.getRequest().isProjectPresent();
    }

    boolean userSet(String property) {
        return session != null && (session.getUserProperties().containsKey(property)
                || session.getSystemProperties().containsKey(property));
    }
}
