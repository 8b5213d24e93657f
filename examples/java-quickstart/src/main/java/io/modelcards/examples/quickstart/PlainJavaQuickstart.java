package io.modelcards.examples.quickstart;

// tag::readme[]
import io.modelcards.capture.CardRecorder;
import io.modelcards.capture.Evaluated;
import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardCodec;
import io.modelcards.render.card.CardRenderer;
import io.modelcards.render.card.OutputFormat;
import io.modelcards.render.card.RenderRequest;
import io.modelcards.render.card.RenderedCard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

/** Fits a line by gradient descent in plain Java, records the run, and writes README.md, HTML and JSON. */
public final class PlainJavaQuickstart {
    private PlainJavaQuickstart() {}

    /** Trains and writes the card to the folder given as the first argument (default {@code out/plain-java}). */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "out/plain-java");
        CardRecorder recorder = CardRecorder.builder().setModelName("line-fit").optTaskType("tabular-regression").build();
        double learningRate = 0.05;
        int epochs = 20;
        recorder.trainingStarted(Map.of("learning_rate", learningRate, "epochs", epochs),   // what this run used
                Map.of("learning_rate", 0.01, "epochs", 10));                              // the trainer's defaults

        // A hand-written training loop: fit y = 3x + 1 (plus noise) by gradient descent; the last 100 points are held out.
        Random random = new Random(42);
        double[][] points = new double[300][];
        for (int i = 0; i < points.length; i++) {
            double x = random.nextDouble() * 2 - 1;
            points[i] = new double[] {x, 3 * x + 1 + random.nextGaussian() * 0.1};
        }
        double w = 0;
        double b = 0;
        long step = 0;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            double loss = 0;
            for (int i = 0; i < 200; i++, step++) {
                double error = w * points[i][0] + b - points[i][1];
                w -= learningRate * error * points[i][0];
                b -= learningRate * error;
                loss += error * error / 200;
            }
            recorder.log(step, (double) epoch, Map.of("loss", loss));                    // every step you log
        }
        double mse = 0;
        for (int i = 200; i < points.length; i++) {
            double error = w * points[i][0] + b - points[i][1];
            mse += error * error / 100;
        }
        recorder.onEvaluated(Evaluated.of(step, "MeanSquaredError", "synthetic/line", "test", Map.of("mse", mse))
                .withPrimary("mse").withHigherIsBetter(Map.of("mse", false)));

        ModelCard card = recorder.toCard();
        CardRenderer renderer = CardRenderer.create();
        RenderedCard readme = renderer.render(RenderRequest.of(card, OutputFormat.MD));
        Files.createDirectories(out);
        Files.writeString(out.resolve("README.md"), readme.output());
        for (Map.Entry<String, byte[]> chart : readme.attachments().entrySet()) {  // the training curve as SVG
            Files.write(out.resolve(chart.getKey()), chart.getValue());
        }
        Files.writeString(out.resolve("modelcard.html"), renderer.render(RenderRequest.of(card, OutputFormat.HTML)).output());
        Files.writeString(out.resolve("modelcard.json"), CardCodec.toJson(card));
    }
}
// end::readme[]
