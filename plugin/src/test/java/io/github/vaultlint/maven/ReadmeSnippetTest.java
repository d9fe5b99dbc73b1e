package io.github.vaultlint.maven;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's CI pom snippet is exactly what the readme-ci-snippet invoker test builds. */
class ReadmeSnippetTest {

    private static String between(String text, String start, String end) {
        int s = text.indexOf(start);
        int e = text.indexOf(end, s);
        assertTrue(s >= 0 && e > s, "markers " + start + " / " + end + " not found");
        return text.substring(s + start.length(), e);
    }

    @Test
    void readmeSnippetIsTheInvokerProjectsPlugin() throws Exception {
        String readme = Files.readString(Paths.get("../README.md"));
        String fenced = between(readme, "<!-- ci-snippet:start -->", "<!-- ci-snippet:end -->").strip();
        assertTrue(fenced.startsWith("```xml\n") && fenced.endsWith("\n```"), "the snippet is one xml block");
        String snippet = fenced.substring("```xml\n".length(), fenced.length() - "\n```".length());

        Path pom = Paths.get("src/it/readme-ci-snippet/pom.xml");
        String tested = between(Files.readString(pom), "<!-- README snippet start -->\n", "      <!-- README snippet end -->")
                .replace("@project.version@", "0.1.0-SNAPSHOT").strip();
        assertEquals(snippet.strip(), tested);
    }
}
