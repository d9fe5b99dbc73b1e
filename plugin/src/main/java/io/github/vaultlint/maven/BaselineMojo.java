package io.github.vaultlint.maven;

import io.github.vaultlint.baseline.Baseline;
import io.github.vaultlint.config.ConfigException;
import io.github.vaultlint.engine.Check;
import io.github.vaultlint.engine.Linter;
import io.github.vaultlint.util.IoProblem;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes {@code vaultlint-baseline.json} with the fingerprint of every current finding, so a vault
 * with existing problems can adopt the gate in one commit: {@code check} with
 * {@code -Dvaultlint.baseline=vaultlint-baseline.json} then fails only on new findings.
 */
@Mojo(name = "baseline", threadSafe = true, requiresProject = false)
public class BaselineMojo extends AbstractVaultlintMojo {

    /** The baseline to write; defaults to {@code <vault>/vaultlint-baseline.json}, meant to be committed. */
    @Parameter(property = "vaultlint.baseline")
    File baselineFile;

    @Override
    public void execute() throws MojoExecutionException {
        checkBooleanProperties("vaultlint.skip");
        if (skip) {
            getLog().info("vaultlint: skipped (vaultlint.skip)");
            return;
        }
        checkPathProperty("vaultlint.vault", "vault", "the project's folder");
        checkPathProperty("vaultlint.config", "configFile", "<vault>/.vaultlint.yml");
        checkPathProperty("vaultlint.baseline", "baselineFile", "<vault>/vaultlint-baseline.json");
        Path file = baselineFile != null ? baselineFile.toPath() : vaultRoot().resolve(Baseline.FILE);
        try {
            int n = new Check(new Linter()).writeBaseline(lintOptions(), file);
            getLog().info("vaultlint: baseline " + file + " written with " + n + " finding(s); commit it and run check with "
                    + io.github.vaultlint.util.ShellArg.quote("-Dvaultlint.baseline=" + Check.pathFrom(baseDir(), file)));
        } catch (ConfigException e) {
            throw new MojoExecutionException("vaultlint configuration error: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("vaultlint cannot write the baseline " + file + ": " + IoProblem.describe(e), e);
        }
    }
}
