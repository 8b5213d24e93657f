package io.modelcards.cli.demo;

import io.modelcards.capture.CardRecorder;
import io.modelcards.capture.energy.EnergyMeter;
import io.modelcards.capture.energy.EnergyOptions;
import io.modelcards.capture.energy.EnergyReport;
import io.modelcards.capture.environment.EnvironmentProbe;
import io.modelcards.card.Environment;
import io.modelcards.card.Metadata;
import io.modelcards.card.Training;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.tribuo.TribuoCapture;
import io.modelcards.tribuo.UsageExample;
import java.util.List;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.example.NoisyInterlockingCrescentsDataSource;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;

/**
 * The demo's training run: a real Tribuo logistic-regression classifier trained on a generated, seeded dataset
 * (two noisy interlocking crescents, Tribuo's own generator) with a separate test set, recorded end to end.
 * The same seed gives the same data, the same model and the same captured card.
 */
public final class DemoRun {
    /** Training examples; the test set is a third of this, drawn with another seed. */
    static final int TRAIN_SIZE = 3000;

    private DemoRun() {}

    /**
     * Trains, evaluates and returns the captured card. With {@code reproducible}, the run-specific facts (energy
     * measured or estimated from this run's CPU time and duration, and the emissions derived from it) are left out,
     * so the same seed gives the same bytes on every run.
     */
    public static ModelCard run(long seed, boolean reproducible) {
        var train = new MutableDataset<>(new NoisyInterlockingCrescentsDataSource(TRAIN_SIZE, seed, 0.1));
        var test = new MutableDataset<>(new NoisyInterlockingCrescentsDataSource(TRAIN_SIZE / 3, seed + 1, 0.1));
        // Minibatches of 50 and a loss line every 2 of them give a curve that shows the model learning; with
        // single examples the objective settles within Tribuo's first logging interval and the curve is flat noise.
        var trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1), 10, 2, 50, seed);
        CardRecorder recorder = CardRecorder.builder()
                .setModelName("tribuo-crescents-logreg")
                .optModelType("classifier (logistic regression)")
                .optTaskType("tabular-classification")
                .optSeed(seed)
                .build();
        EnergyMeter meter = EnergyMeter.start(EnergyOptions.defaults().withTrainingType("from scratch"));
        Model<Label> model = TribuoCapture.train(trainer, train, "train", recorder);
        EnergyReport energy = meter.stop();
        TribuoCapture.evaluate(model, test, "test", recorder);
        ModelCard card = recorder.toCard();
        card = card.withDetails(card.details().withHowToGetStarted(UsageExample.markdown(model, test, seed, 5)))
                .withProvenance(card.provenance().with("/details/how_to_get_started", new Origin.Auto("capture:usage-example")));
        Environment env = EnvironmentProbe.captureDefault();
        Training t = card.training();
        card = card.withTraining(t.with().environment(env).energy(reproducible ? null : energy.energy()).build());
        card = card.withProvenance(card.provenance().with("/training/environment", new Origin.Auto("capture:environment")));
        if (!reproducible) {
            card = card.withProvenance(card.provenance().with("/training/energy", new Origin.Auto("capture:energy"))
                    .with("/metadata/co2_eq_emissions", new Origin.Auto("capture:energy")));
        }
        Metadata m = card.metadata();
        return card.withMetadata(m.with().license("apache-2.0").libraryName("tribuo")
                .tags(List.of("tribuo", "tabular-classification", "logistic-regression", "modelcards-demo"))
                .co2EqEmissions(reproducible ? null : energy.emissions()).build());
    }
}
