package io.modelcards.djl;

import ai.djl.Model;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.EasyTrain;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.ArrayDataset;
import ai.djl.training.evaluator.Accuracy;
import ai.djl.training.listener.TrainingListener;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.Random;
import java.util.function.Function;

/**
 * A real DJL training run for the tests: a tiny MLP on two separable classes (label 1 when the first two of four
 * features sum above zero), 160 training and 40 validation examples, batch size 20, 2 epochs, so 16 training batches.
 */
final class TinyRun {
    static final int BATCH = 20;

    private TinyRun() {}

    /** The default SGD config, DJL's basic listeners when {@code withDefaults}, then the capture built from it. */
    static void train(boolean withDefaults, Function<DefaultTrainingConfig, DjlCapture> capture) throws Exception {
        try (NDManager manager = NDManager.newBaseManager(); Model model = Model.newInstance("tiny-mlp")) {
            model.setBlock(new SequentialBlock()
                    .add(Linear.builder().setUnits(8).build())
                    .add(Activation::relu)
                    .add(Linear.builder().setUnits(2).build()));
            DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                    .optOptimizer(Optimizer.sgd().setLearningRateTracker(Tracker.fixed(0.1f)).optMomentum(0.9f).build())
                    .addEvaluator(new Accuracy());
            if (withDefaults) {
                config.addTrainingListeners(TrainingListener.Defaults.basic());
            }
            config.addTrainingListeners(capture.apply(config));
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(BATCH, 4));
                EasyTrain.fit(trainer, 2, dataset(manager, 160, 1L), dataset(manager, 40, 2L));
            }
        }
    }

    private static ArrayDataset dataset(NDManager manager, int n, long seed) {
        Random random = new Random(seed);
        float[][] x = new float[n][4];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 4; j++) {
                x[i][j] = (float) random.nextGaussian();
            }
            y[i] = x[i][0] + x[i][1] > 0 ? 1f : 0f;
        }
        return new ArrayDataset.Builder().setData(manager.create(x)).optLabels(manager.create(y))
                .setSampling(BATCH, false).build();
    }
}
