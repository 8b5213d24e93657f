package io.modelcards.bench;

import java.util.Locale;
import java.util.logging.Logger;
import org.tribuo.MutableDataset;
import org.tribuo.classification.evaluation.LabelEvaluator;
import org.tribuo.classification.example.NoisyInterlockingCrescentsDataSource;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;

/**
 * The peer of {@code modelcards demo} in bench/demo: the same Tribuo training and evaluation on the same generated
 * data, with no modelcards at all. Tribuo's own card would need its metrics copied in by hand, so this is the cost
 * floor a user pays without any card. Usage: {@code PlainTribuoRun SEED}.
 */
public final class PlainTribuoRun {
    private PlainTribuoRun() {}

    public static void main(String[] args) {
        long seed = Long.parseLong(args[0]);
        Logger.getLogger("org.tribuo").setUseParentHandlers(false);
        var train = new MutableDataset<>(new NoisyInterlockingCrescentsDataSource(3000, seed, 0.1));
        var test = new MutableDataset<>(new NoisyInterlockingCrescentsDataSource(1000, seed + 1, 0.1));
        var trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1), 10, 2, 50, seed);
        var model = trainer.train(train);
        var evaluation = new LabelEvaluator().evaluate(model, test);
        System.out.printf(Locale.ROOT, "accuracy=%.4f%n", evaluation.accuracy());
    }
}
