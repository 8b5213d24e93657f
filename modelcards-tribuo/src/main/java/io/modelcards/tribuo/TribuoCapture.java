package io.modelcards.tribuo;

import io.modelcards.capture.RunListener;
import io.modelcards.capture.RunStarted;
import io.modelcards.capture.TrainingEnded;
import io.modelcards.capture.TrainingStarted;
import io.modelcards.card.DatasetInfo;
import java.util.List;
import java.util.Map;
import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.Output;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.evaluation.LabelEvaluation;
import org.tribuo.classification.evaluation.LabelEvaluator;

/**
 * Feeds a Tribuo training run to a modelcards {@link RunListener} (usually a {@code CardRecorder}): the trainer's
 * full provenance as hyperparameters with its declared defaults, the datasets' identity and statistics, the SGD loss
 * curve, and evaluations read from Tribuo's own evaluation objects.
 *
 * <pre>{@code
 * Model<Label> model = TribuoCapture.train(trainer, train, "train", recorder);
 * TribuoCapture.evaluate(model, test, "test", recorder);
 * ModelCard card = recorder.toCard();
 * }</pre>
 */
public final class TribuoCapture {
    private TribuoCapture() {}

    /**
     * Trains {@code trainer} on {@code data} and reports the run to {@code listener}: init (model class and the
     * training dataset), train begin (settings and defaults), the loss curve while training, and train end.
     */
    public static <T extends Output<T>> Model<T> train(Trainer<T> trainer, Dataset<T> data, String split, RunListener listener) {
        DatasetInfo info = describe(data, split, "training");
        Map<String, Object> settings = TribuoTrainerSettings.of(trainer);
        // The model type is the user's words ("text classifier"), set on the recorder; the trainer class is
        // already the first hyperparameter, so the adapter does not overwrite the type with it.
        listener.onRunStarted(new RunStarted(null, null, List.of(info), Map.of()));
        listener.onTrainingStarted(new TrainingStarted(settings, TribuoTrainerSettings.defaultsOf(trainer)));
        listener.onCitations(TribuoCitations.of(settings));
        long perEpoch = iterationsPerEpoch(data.size(), settings.get("minibatchSize"));
        Model<T> model;
        long last;
        try (SgdLossLog log = new SgdLossLog(listener, perEpoch)) {
            model = trainer.train(data);
            last = log.lastStep();
        }
        listener.onTrainingEnded(new TrainingEnded(last));
        return model;
    }

    /**
     * Evaluates a classifier on {@code data} with Tribuo's {@link LabelEvaluator} and reports the result, including
     * the dataset's identity, to {@code listener}. Returns Tribuo's evaluation for any further use.
     */
    public static LabelEvaluation evaluate(Model<Label> model, Dataset<Label> data, String split, RunListener listener) {
        listener.onRunStarted(new RunStarted(null, null, List.of(describe(data, split, "evaluation")), Map.of()));
        LabelEvaluation e = new LabelEvaluator().evaluate(model, data);
        listener.onEvaluated(EvaluationReader.read(e, 0, datasetName(data), split));
        return e;
    }

    /** The card's description of a Tribuo dataset: identity, content hash, output distribution, feature statistics. */
    public static DatasetInfo describe(Dataset<?> data, String split, String role) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Dataset<? extends Output<?>> d = (Dataset) data;
        return DatasetDescriber.describe(d, datasetName(data), role, split);
    }

    private static String datasetName(Dataset<?> data) {
        String cls = data.getProvenance().getSourceProvenance().getClassName();
        return cls.substring(cls.lastIndexOf('.') + 1);
    }

    private static long iterationsPerEpoch(int examples, Object minibatch) {
        int mb = minibatch instanceof Number n && n.intValue() > 0 ? n.intValue() : 1;
        return (examples + mb - 1) / mb;
    }
}
