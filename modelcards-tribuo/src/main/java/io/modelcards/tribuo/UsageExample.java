package io.modelcards.tribuo;

import io.modelcards.hf.PythonFloat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

/**
 * The card's "How to Get Started" text for a Tribuo classifier: a code snippet, then the model's real predictions on a
 * seeded, reproducible choice of examples from the evaluation set. The same seed picks the same examples.
 */
public final class UsageExample {
    private UsageExample() {}

    /** Markdown with the snippet and a table of {@code n} examples, their true label and the model's prediction. */
    public static String markdown(Model<Label> model, Dataset<Label> data, long seed, int n) {
        List<Example<Label>> chosen = choose(data, seed, n);
        List<String> features = new ArrayList<>(new TreeSet<>(names(chosen)));
        StringBuilder md = new StringBuilder();
        md.append("Load the model with Tribuo and call `predict` on an `Example`:\n\n```java\n")
          .append("Model<Label> model = (Model<Label>) Model.deserializeFromFile(Path.of(\"model.tribuo\"));\n")
          .append("Example<Label> example = new ArrayExample<>(LabelFactory.UNKNOWN_LABEL,\n")
          .append("        new String[] {").append(quoted(features)).append("}, new double[] {")
          .append(String.join(", ", features.stream().map(f -> "0.0").toList())).append("});\n")
          .append("Prediction<Label> prediction = model.predict(example);\n```\n\n")
          .append(String.format(Locale.ROOT,
                  "Predictions of this model on %d examples drawn from the evaluation set with seed %d:%n%n", chosen.size(), seed));
        md.append('|');
        features.forEach(f -> md.append(' ').append(f).append(" |"));
        md.append(" true label | predicted | score |\n|");
        features.forEach(f -> md.append("---:|"));
        md.append("---|---|---:|\n");
        for (Example<Label> ex : chosen) {
            Prediction<Label> p = model.predict(ex);
            md.append('|');
            for (String f : features) {
                md.append(' ').append(value(ex, f)).append(" |");
            }
            md.append(' ').append(ex.getOutput().getLabel()).append(" | ").append(p.getOutput().getLabel()).append(" | ")
              .append(String.format(Locale.ROOT, "%.3f", p.getOutput().getScore())).append(" |\n");
        }
        return md.toString();
    }

    private static List<Example<Label>> choose(Dataset<Label> data, long seed, int n) {
        SplittableRandom rng = new SplittableRandom(seed);
        TreeSet<Integer> idx = new TreeSet<>();
        int want = Math.min(n, data.size());
        while (idx.size() < want) {
            idx.add(rng.nextInt(data.size()));
        }
        List<Example<Label>> out = new ArrayList<>();
        idx.forEach(i -> out.add(data.getExample(i)));
        return out;
    }

    private static List<String> names(List<Example<Label>> examples) {
        List<String> names = new ArrayList<>();
        for (Example<Label> ex : examples) {
            for (Feature f : ex) {
                names.add(f.getName());
            }
        }
        return names;
    }

    private static String value(Example<Label> ex, String name) {
        for (Feature f : ex) {
            if (f.getName().equals(name)) {
                return PythonFloat.repr(Math.round(f.getValue() * 1e4) / 1e4);
            }
        }
        return "0.0";
    }

    private static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(s -> "\"" + s + "\"").toList());
    }
}
