package io.github.vaultlint.maven;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every jar the plugin descriptor lists is resolved and put in the plugin's class realm on every run
 * of every goal, before the check starts: 40 extra jars cost a plain {@code mvn vaultlint:check}
 * about 0.45 s of its start-up. This keeps that list to the engine's own libraries.
 */
class PluginFootprintTest {
    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");

    @Test
    void pluginRealmHoldsTheEngineAndTheReportApiOnly() throws Exception {
        String xml = Files.readString(DESCRIPTOR, StandardCharsets.UTF_8);
        List<String> artifacts = new ArrayList<>();
        Matcher m = Pattern.compile("<dependency>\\s*<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>").matcher(xml);
        while (m.find()) {
            artifacts.add(m.group(1) + ":" + m.group(2));
        }
        assertTrue(artifacts.contains("io.github.vaultlint:vaultlint-rules"), artifacts::toString);
        assertTrue(artifacts.contains("org.apache.maven.reporting:maven-reporting-api"), artifacts::toString);
        for (String heavy : List.of("maven-reporting-impl", "doxia-site-renderer", "doxia-core", "velocity-engine-core",
                "plexus-archiver", "commons-compress")) {
            assertFalse(artifacts.stream().anyMatch(a -> a.endsWith(":" + heavy)), heavy + " is in the plugin realm: " + artifacts);
        }
        assertTrue(artifacts.size() <= 25, "the plugin realm grew to " + artifacts.size() + " jars: " + artifacts);
    }
}
