package io.modelcards.standards.internal.mct;

import java.math.BigDecimal;

/** Numbers written as text, as MCT's metric values and SageMaker's hyperparameter values are. */
public final class Numbers {
    private Numbers() {}

    /**
     * {@code d} in its shortest plain form that reads back as the same double: {@code 0.91}, {@code 3}, {@code 0.00001};
     * {@code NaN} and {@code Infinity} as Java writes them, which {@link Double#parseDouble} reads back.
     */
    public static String text(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.toString(d);
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0" : "0";
        }
        return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }
}
