package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every template in {@code src/test/resources/hostile/} (escapes through Python internals, huge ranges and repeats,
 * every padding and wrapping filter with huge arguments, recursion, growth in loops, deep nesting, huge literals,
 * Java objects and internal errors) is rendered by the real command, {@code modelcards render card.md --template
 * FILE --timeout 3 -o OUT}, in a child JVM with {@code -Xmx256m}, one at a time (two at a time on two cores made the
 * JVMs compete for the processors). Each must end by itself, with a peak resident memory under 512 MB, and either exit 0
 * with exactly Jinja2's bytes or exit 3 with one {@code path:line:col: error: ... [template/...]} line that names no
 * Java class and holds no stack trace.
 *
 * <p>"Ends by itself" means before the harness gives up on it ({@value #HARNESS_SECONDS} s, then it is killed and the case
 * fails): the command's own limits (its step and output budgets, and the {@code --timeout 3} it is given) must stop a
 * runaway template. How quickly it ends is not asserted, since wall time on a shared machine measures the machine's
 * load; the times are printed, and the renderer's speed is the benchmarks' business.
 *
 * <p>Peak memory is the kernel's own count: the child runs under a small Python launcher
 * ({@code jinja2_hostile.py run}) that waits for it with {@code wait4} and reports its {@code ru_maxrss}, the
 * high-water mark of its resident set over its whole life. Sampling {@code /proc/PID/status} instead would miss a
 * peak between samples or in the last moments before exit.
 *
 * <p>Jinja2's bytes come from Python's Jinja2 with a default {@code Environment} and with a
 * {@code SandboxedEnvironment}, each in a forked process limited to 2 GB and 20 seconds; an exit 0 must match one of
 * the two (the sandbox decides escapes such as {@code ''.__class__}, which the default environment would print; the
 * default environment decides ranges longer than the sandbox's 100000). Only cases the command renders are given to
 * Python, so the ones that make Python itself run away do not slow the test. Where Jinja2 prints a memory address
 * ({@code <jinja2.utils.Cycler object at 0x7f...>}), both outputs are compared with the address masked, since the
 * engine prints a fixed one.
 */
class HostileTemplatesTest {
    private static final Path DIR = Path.of("src/test/resources/hostile");
    private static final int HARNESS_SECONDS = 60;
    private static final long MAX_RSS_KB = 512 * 1024;
    private static final Map<String, Object> CARD_VARS = Map.of("card_data", "license: mit", "license", "mit");
    private static final Pattern ADDRESS = Pattern.compile(" at 0x[0-9a-f]+>");
    private static final Pattern JAVA_NAMES = Pattern.compile(
            "Exception|\\bat [a-z]+\\.|\\bjava\\.|\\bjavax\\.|\\bjdk\\.|io\\.modelcards|\\$\\$Lambda|\\$[A-Z]\\w*|@[0-9a-f]{6,}");

    @TempDir
    Path tmp;

    /** What one run of the command did. */
    private record Run(String name, String template, int exit, boolean killed, long millis, long peakKb, String output, String err) {
    }

    @TestFactory
    Stream<DynamicTest> everyHostileTemplateEndsByItselfWithinMemoryAndAsJinja2DoesOrWithOneClearError() throws Exception {
        List<Path> templates;
        try (Stream<Path> files = Files.list(DIR)) {
            templates = files.filter(p -> p.toString().endsWith(".j2")).sorted().toList();
        }
        assertThat(templates).as("the corpus of hostile templates").hasSizeGreaterThanOrEqualTo(60);
        String prefix = frontMatter();
        List<Run> runs = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(1);
        try {
            List<Future<Run>> pending = new ArrayList<>();
            for (Path t : templates) {
                pending.add(pool.submit(() -> run(t)));
            }
            for (Future<Run> f : pending) {
                runs.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        for (Run r : runs) {
            System.out.printf("%-45s exit %d %6d ms %7d KB%n", r.name(), r.exit(), r.millis(), r.peakKb());
        }
        Map<String, JsonNode> reference = jinja2(runs.stream().filter(r -> r.exit() == 0).toList());
        return runs.stream().map(r -> DynamicTest.dynamicTest(r.name(), () -> check(r, prefix, reference.get(r.name()))));
    }

    private void check(Run r, String prefix, JsonNode jinja2) {
        assertThat(r.killed()).as("%s was still running after %d s and was killed", r.name(), HARNESS_SECONDS).isFalse();
        assertThat(r.peakKb()).as("peak resident memory in KB of %s", r.name()).isLessThan(MAX_RSS_KB);
        assertThat(r.exit()).as("exit code of %s; stderr:%n%s", r.name(), r.err()).isIn(0, 3);
        assertThat(JAVA_NAMES.matcher(r.err()).find()).as("a Java name in stderr:%n%s", r.err()).isFalse();
        String[] lines = r.err().isEmpty() ? new String[0] : r.err().split("\n");
        String located = Pattern.quote(DIR.resolve(r.name()).toString()) + ":\\d+:\\d+: ";
        for (String line : lines) {
            assertThat(line).as("every stderr line is a located diagnostic").matches(located
                    + "(error|warning): \\S.* \\[template/[a-z-]+]");
        }
        long errors = Stream.of(lines).filter(l -> l.contains(": error: ")).count();
        if (r.exit() == 3) {
            assertThat(errors).as("error lines of %s:%n%s", r.name(), r.err()).isEqualTo(1);
            assertThat(r.output()).as("nothing written").isNull();
            return;
        }
        assertThat(errors).as("no error line on exit 0").isZero();
        assertThat(jinja2).as("Jinja2's result for " + r.name()).isNotNull();
        List<String> expected = new ArrayList<>();
        for (String env : List.of("env", "sandbox")) {
            JsonNode out = jinja2.path(env).get("output");
            if (out != null) {
                String text = out.asText();
                expected.add(masked(text.startsWith("---\n") ? text : prefix + text));
            }
        }
        assertThat(expected).as("Jinja2 could not render %s (%s), so its exit 0 cannot be right", r.name(), jinja2)
                .isNotEmpty();
        assertThat(expected).as("the output of %s is one of Jinja2's (Environment, SandboxedEnvironment)", r.name())
                .contains(masked(r.output()));
    }

    private static String masked(String text) {
        return ADDRESS.matcher(text).replaceAll(" at 0x...>");
    }

    /** The front matter the command writes before a template's output, read from a template that prints the card's variables. */
    private String frontMatter() throws Exception {
        Path probe = tmp.resolve("probe.j2");
        Files.writeString(probe, "{{ card_data }}|{{ license }}");
        Run r = run(probe);
        assertThat(r.exit()).as("the probe template renders; stderr: %s", r.err()).isZero();
        assertThat(r.output()).endsWith("license: mit|mit");
        return r.output().substring(0, r.output().length() - "license: mit|mit".length());
    }

    private Run run(Path template) throws IOException, InterruptedException {
        String name = template.getFileName().toString();
        Path work = Files.createTempDirectory(tmp, name);
        Path out = work.resolve("README.md");
        Path rss = work.resolve("rss");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = List.of(python(), DIR.resolve("jinja2_hostile.py").toString(), "run", rss.toString(), "--",
                java, "-Xmx256m", "-XX:+UseSerialGC", "-cp", classpath, "io.modelcards.cli.Main", "render",
                DIR.resolve("card.md").toString(), "--template", template.toString(), "--timeout", "3", "-o", out.toString());
        Path stdout = work.resolve("stdout");
        Path stderr = work.resolve("stderr");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        boolean killed = !p.waitFor(HARNESS_SECONDS, TimeUnit.SECONDS);
        if (killed) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        String rssText = Files.exists(rss) ? Files.readString(rss).strip() : "";
        return new Run(name, Files.readString(template), p.exitValue(), killed, millis,
                rssText.isEmpty() ? Long.MAX_VALUE : Long.parseLong(rssText),
                Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : null,
                Files.readString(stderr, StandardCharsets.UTF_8));
    }

    /**
     * The Python interpreter itself rather than {@code python3} on the PATH, which may be a version manager's shell
     * script: its start-up would count in every case's wall time.
     */
    private static synchronized String python() throws IOException, InterruptedException {
        if (python == null) {
            Process p = new ProcessBuilder("python3", "-c", "import sys; print(sys.executable)").redirectErrorStream(true).start();
            String path = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(p.waitFor()).as("python3 runs: %s", path).isZero();
            python = path;
        }
        return python;
    }

    private static String python;

    /** Python's Jinja2 results for the runs, by name; fails loudly when Python or Jinja2 is missing. */
    private Map<String, JsonNode> jinja2(List<Run> runs) throws IOException, InterruptedException {
        ObjectMapper json = new ObjectMapper();
        List<Map<String, Object>> cases = new ArrayList<>();
        for (Run r : runs) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("name", r.name());
            c.put("template", r.template());
            c.put("vars", CARD_VARS);
            cases.add(c);
        }
        Path in = tmp.resolve("cases.json");
        Path results = tmp.resolve("results.json");
        json.writeValue(in.toFile(), cases);
        Process p = new ProcessBuilder(python(), DIR.resolve("jinja2_hostile.py").toString(), "reference", in.toString(),
                results.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS) && p.exitValue() == 0)
                .as("python3 with Jinja2 3.1 renders the reference (pip install jinja2==3.1.6):%n%s", log).isTrue();
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        json.readTree(results.toFile()).fields().forEachRemaining(e -> byName.put(e.getKey(), e.getValue()));
        return byName;
    }
}
