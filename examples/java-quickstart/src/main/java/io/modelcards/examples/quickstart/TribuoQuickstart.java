package io.modelcards.examples.quickstart;

// tag::readme[]
import io.modelcards.capture.CardRecorder;
import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardCodec;
import io.modelcards.render.card.CardRenderer;
import io.modelcards.render.card.OutputFormat;
import io.modelcards.render.card.RenderRequest;
import io.modelcards.render.card.RenderedCard;
import io.modelcards.tribuo.TribuoCapture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.example.NoisyInterlockingCrescentsDataSource;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;

/** Trains a Tribuo logistic regression, lets TribuoCapture record it, and writes README.md, HTML and JSON. */
public final class TribuoQuickstart {
    private TribuoQuickstart() {}

    /** Trains and writes the card to the folder given as the first argument (default {@code out/tribuo}). */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "out/tribuo");
        var train = new MutableDataset<>(new NoisyInterlockingCrescentsDataSource(1000, 1L, 0.1));
        var test = new MutableDataset<>(new NoisyInterlockingCrescentsDataSource(300, 2L, 0.1));
        // tag::tribuo[]
        CardRecorder recorder = CardRecorder.builder().setModelName("crescents-logreg").optTaskType("tabular-classification").build();

        // Hyperparameters, defaults, datasets, the loss curve and the evaluation come from Tribuo's own objects.
        Model<Label> model = TribuoCapture.train(new LogisticRegressionTrainer(), train, "train", recorder);
        TribuoCapture.evaluate(model, test, "test", recorder);
        // end::tribuo[]

        ModelCard card = recorder.toCard();
        CardRenderer renderer = CardRenderer.create();
        RenderedCard readme = renderer.render(RenderRequest.of(card, OutputFormat.MD));
        Files.createDirectories(out);
        Files.writeString(out.resolve("README.md"), readme.output());
        for (Map.Entry<String, byte[]> chart : readme.attachments().entrySet()) {
            Files.write(out.resolve(chart.getKey()), chart.getValue());
        }
        Files.writeString(out.resolve("modelcard.html"), renderer.render(RenderRequest.of(card, OutputFormat.HTML)).output());
        Files.writeString(out.resolve("modelcard.json"), CardCodec.toJson(card));
    }
}
// end::readme[]
