package io.modelcards.bench.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Java side of {@code bench/registry-load}. {@code seed URL ADMIN_TOKEN CARD_JSON} adds an author, a reviewer and a
 * reader and publishes one card, printing shell assignments ({@code AUTHOR=...}) for the script; {@code publish URL
 * AUTHOR REVIEWER CARD_JSON THREADS SECONDS PREFIX [MODELS]} publishes through the whole workflow from THREADS threads for a
 * warm-up and then SECONDS timed seconds (with MODELS, new versions of that many models round-robin instead of a new
 * model per revision), and prints the mean time of each request, its own CPU time per workflow, the
 * number of workflows completed in all ({@code WORKFLOWS_ALL=...}) and revisions/s ({@code REVISIONS_PER_S=...} last).
 */
public final class RegistryLoad {
    private RegistryLoad() {
    }

    /**
     * Runs {@code seed} or {@code publish} as the class comment says.
     *
     * @param args the subcommand and its arguments
     * @throws Exception when the registry refuses something: a bench run that fails says so and stops
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 4 && args[0].equals("seed")) {
            seed(new Client(args[1]), args[2], card(args[3]));
        } else if ((args.length == 8 || args.length == 9) && args[0].equals("publish")) {
            Workflow w = new Workflow(new Client(args[1]), args[2], args[3], card(args[4]));
            int models = args.length == 9 ? Integer.parseInt(args[8]) : 0;
            Steps run = models == 0 ? w::publish : versionsOf(w, args[7], models);
            PublishRate.Result r = PublishRate.run(run, Integer.parseInt(args[5]), Integer.parseInt(args[6]), args[7]);
            System.out.printf("publishes through the full workflow: %d in %.1f s with %d threads = %.1f revisions/s;"
                    + " per workflow (6 requests) p50 %.1f ms, p99 %.1f ms%n", r.count(), r.seconds(), r.threads(),
                    r.perSecond(), r.p50Ms(), r.p99Ms());
            StringBuilder steps = new StringBuilder("mean ms per request:");
            for (int s = 0; s < Workflow.STEPS.size(); s++) {
                steps.append(s == 0 ? " " : ", ").append(Workflow.STEPS.get(s)).append(String.format(" %.1f", r.stepMs()[s]));
            }
            System.out.println(steps);
            long cpuNanos = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
            System.out.printf("driver CPU per workflow: %.1f ms (%d workflows in all, warm-up included)%n",
                    cpuNanos / 1e6 / Math.max(1, r.all()), r.all());
            System.out.printf("WORKFLOWS_ALL=%d%n", r.all());
            System.out.printf("REVISIONS_PER_S=%.1f%n", r.perSecond());
        } else {
            System.err.println("usage: RegistryLoad seed URL ADMIN_TOKEN CARD_JSON | publish URL AUTHOR REVIEWER CARD_JSON"
                    + " THREADS SECONDS PREFIX [MODELS] (was: " + Arrays.toString(args) + ")");
            System.exit(2);
        }
    }

    /**
     * Steps that publish new versions of {@code models} existing models, round-robin (created here, before the run): what a
     * team retraining its models does, beside the default of a new model per revision.
     */
    private static Steps versionsOf(Workflow w, String prefix, int models) {
        String[] names = new String[models];
        for (int m = 0; m < models; m++) {
            names[m] = prefix + "-m" + m;
            w.createModel(names[m]);
        }
        AtomicLong next = new AtomicLong();
        return (unused, nanos) -> {
            long n = next.getAndIncrement();
            w.publishVersion(names[(int) (n % models)], "2." + n / models + ".0", nanos);
        };
    }

    private static void seed(Client client, String admin, JsonNode card) {
        String author = user(client, admin, "ann", "author");
        String reviewer = user(client, admin, "rex", "reviewer");
        String reader = user(client, admin, "vic", "viewer");
        String version = new Workflow(client, author, reviewer, card).publish("bench-card");
        System.out.println("AUTHOR=" + author);
        System.out.println("REVIEWER=" + reviewer);
        System.out.println("READER=" + reader);
        System.out.println("CARD_PATH='" + version + "/card?format=md'");
    }

    private static String user(Client client, String admin, String name, String role) {
        client.send("POST", "/api/v1/users", admin, "{\"name\":\"" + name + "\",\"role\":\"" + role + "\"}", 201);
        return client.send("POST", "/api/v1/users/" + name + "/tokens", admin, null, 201).path("token").asText();
    }

    private static JsonNode card(String file) throws IOException {
        return Client.parse(Files.readString(Path.of(file), StandardCharsets.UTF_8));
    }
}
