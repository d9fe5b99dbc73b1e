package io.github.vaultlint.maven;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plugin jar carries its libraries (shaded), so it must carry their licences: every library the
 * plugin runs with, except the engine itself and SLF4J (Maven's own), is listed in
 * META-INF/THIRD-PARTY.txt with the text of its licence.
 */
class ThirdPartyNoticeTest {
    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");
    private static final Path NOTICE = Path.of("src/main/resources/META-INF/THIRD-PARTY.txt");

    @Test
    void everyBundledLibraryIsListedWithItsLicence() throws Exception {
        String xml = Files.readString(DESCRIPTOR, StandardCharsets.UTF_8);
        String notice = Files.readString(NOTICE, StandardCharsets.UTF_8);
        List<String> bundled = new ArrayList<>();
        Matcher m = Pattern.compile("<dependency>\\s*<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>").matcher(xml);
        while (m.find()) {
            if (!m.group(1).equals("io.github.vaultlint") && !m.group(1).equals("org.slf4j")) {
                bundled.add(m.group(1) + ":" + m.group(2));
            }
        }
        assertTrue(bundled.size() >= 10, "the descriptor lists the plugin's libraries: " + bundled);
        for (String lib : bundled) {
            assertTrue(notice.contains("\n  " + lib + "\n"), lib + " is bundled but not listed in " + NOTICE);
        }
        assertTrue(notice.contains("Apache License\n                           Version 2.0, January 2004"), "the Apache License text");
        assertTrue(notice.contains("Redistribution and use in source and binary forms"), "the BSD 2-Clause text");
    }
}
