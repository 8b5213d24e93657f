package io.modelcards.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Locale;

/**
 * Writes doubles in the card's YAML form so that YAML 1.1 readers (PyYAML, yq) read them as numbers too: Java writes
 * {@code 1.0E10}, which YAML 1.1 reads as text because its exponent has no sign; this writes {@code 1.0e+10}.
 */
final class YamlDoubles extends StdSerializer<Double> {
    private static final long serialVersionUID = 1L;

    private YamlDoubles() {
        super(Double.class);
    }

    /** The module that installs this serializer for {@code Double} and {@code double}. */
    static SimpleModule module() {
        SimpleModule m = new SimpleModule("yaml-doubles");
        m.addSerializer(Double.class, new YamlDoubles());
        m.addSerializer(double.class, new YamlDoubles());
        return m;
    }

    /** The YAML text of {@code d}: Java's shortest text, with a signed lower-case exponent; {@code .nan}, {@code .inf}. */
    static String text(double d) {
        if (Double.isNaN(d)) {
            return ".nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? ".inf" : "-.inf";
        }
        String s = Double.toString(d).toLowerCase(Locale.ROOT);
        int e = s.indexOf('e');
        return e < 0 || s.charAt(e + 1) == '-' ? s : s.substring(0, e + 1) + "+" + s.substring(e + 1);
    }

    @Override
    public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeNumber(text(value));
    }
}
