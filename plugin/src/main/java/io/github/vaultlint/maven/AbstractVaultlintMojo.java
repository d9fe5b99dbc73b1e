package io.github.vaultlint.maven;

import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.util.Suggest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

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

    /** The goal's configuration as the pom writes it, to tell {@code <skip>yes</skip>} from a real switch. */
    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    MojoExecution mojoExecution;

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

    /**
     * Maven reads a boolean property as false for anything but "true", so -Dvaultlint.skip=yes ran the
     * check and -Dvaultlint.cache=flase kept the cache: a value that is neither true nor false (nor
     * empty after the name, which Maven makes "true") is a configuration error instead.
     */
    void checkBooleanProperties(String... properties) throws MojoExecutionException {
        for (String p : properties) {
            String name = p.substring(p.indexOf('.') + 1);
            String written = pomValue(name);
            if (written != null) {
                // <skip>yes</skip> in the pom: Maven reads it as false, and the pom's value wins over -D.
                if (!written.trim().equalsIgnoreCase("true") && !written.trim().equalsIgnoreCase("false")) {
                    throw new MojoExecutionException("<" + name + ">" + written + "</" + name + "> in the vaultlint plugin's configuration"
                            + Suggest.didYouMean(written.trim(), List.of("true", "false")) + " is not a switch; write true or false");
                }
                continue;
            }
            String v = userValue(p);
            if (v != null && !v.trim().equalsIgnoreCase("true") && !v.trim().equalsIgnoreCase("false")) {
                throw new MojoExecutionException(p + " is \"" + v + "\"" + Suggest.didYouMean(v.trim(), List.of("true", "false"))
                        + "; use true or false (-D" + p + " alone means true)");
            }
        }
    }

    /**
     * Refuses a path parameter Maven would take silently in a way nobody means. An empty property
     * (-Dvaultlint.outputDirectory=$OUT with OUT unset) became the project's folder, so the reports and
     * the cache landed among the notes; and Maven does not expand {@code ~} (only a shell does, in an
     * unquoted word), so {@code ~/notes} became a folder named "~" in the project.
     *
     * @param property  the user property, e.g. {@code vaultlint.outputDirectory}
     * @param parameter the parameter's name in the pom, e.g. {@code outputDirectory}
     * @param fallback  what leaving it out gives, for the message
     */
    void checkPathProperty(String property, String parameter, String fallback) throws MojoExecutionException {
        String written = pomValue(parameter);
        String v = written != null ? written : userValue(property);
        if (v == null) {
            return;
        }
        String where = written != null ? "<" + parameter + ">" + written + "</" + parameter + "> in the vaultlint plugin's configuration"
                : "-D" + property + "=" + v;
        if (v.isBlank()) {
            throw new MojoExecutionException(property + " is empty (" + where + ", perhaps from an unset variable); name a path, "
                    + "or leave " + property + " out to use " + fallback);
        }
        String t = v.strip();
        if (t.equals("~") || t.startsWith("~/") || t.startsWith("~\\")) {
            throw new MojoExecutionException(property + " is \"" + v + "\" (" + where + "), but Maven does not expand ~ to your home "
                    + "folder, so it would be a folder named \"~\" in " + baseDir() + "; write the full path, or "
                    + (written != null ? "${user.home}" : "$HOME") + t.substring(1) + (written != null ? " in the pom" : " unquoted"));
        }
    }

    /** The literal value the pom gives parameter {@code name}, or null when it leaves it to its property or default. */
    private String pomValue(String name) {
        Xpp3Dom config = mojoExecution == null ? null : mojoExecution.getConfiguration();
        Xpp3Dom child = config == null ? null : config.getChild(name);
        String v = child == null ? null : child.getValue();
        return v == null || v.contains("${") ? null : v;
    }

    private String userValue(String property) {
        if (session == null) {
            return null;
        }
        java.util.Properties user = session.getUserProperties();
        java.util.Properties system = session.getSystemProperties();
        String v = user == null ? null : user.getProperty(property);
        return v != null || system == null ? v : system.getProperty(property);
    }

    boolean userSet(String property) {
        return session != null && (session.getUserProperties().containsKey(property)
                || session.getSystemProperties().containsKey(property));
    }
}
