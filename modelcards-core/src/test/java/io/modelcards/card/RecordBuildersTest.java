package io.modelcards.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every record with a generated builder keeps each component in its place through the builder and the withers: each
 * component gets a value no other component has, so a value that lands in the wrong component fails the comparison.
 */
class RecordBuildersTest {

    static Stream<Class<?>> built() {
        return Stream.of(ModelCard.class, Metadata.class, ModelDetails.class, IntendedUse.class, Evaluation.class, Training.class,
                DatasetInfo.class, DatasetStatistics.class, DatasetStatistics.Column.class, DatasetProfile.class, EvalResult.class,
                Considerations.class, Governance.class, QuantitativeResult.class, Emissions.class, Distribution.class);
    }

    @ParameterizedTest
    @MethodSource("built")
    void aBuilderSetByNameBuildsTheRecordTheConstructorBuilds(Class<?> type) throws ReflectiveOperationException {
        Object expected = sample(type, 1);
        Object builder = builderClass(type).getMethod("builder").invoke(null);
        for (RecordComponent c : type.getRecordComponents()) {
            builder.getClass().getMethod(c.getName(), c.getType()).invoke(builder, c.getAccessor().invoke(expected));
        }
        assertThat(builder.getClass().getMethod("build").invoke(builder)).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("built")
    void aBuilderFromARecordBuildsAnEqualRecord(Class<?> type) throws ReflectiveOperationException {
        Object record = sample(type, 1);
        Object builder = builderClass(type).getMethod("builder", type).invoke(null, record);
        assertThat(builder.getClass().getMethod("build").invoke(builder)).isEqualTo(record);
    }

    @ParameterizedTest
    @MethodSource("built")
    void eachWitherChangesItsOwnComponentAndNoOther(Class<?> type) throws ReflectiveOperationException {
        Object record = sample(type, 1);
        Object other = sample(type, 1000);
        for (RecordComponent c : type.getRecordComponents()) {
            String name = "with" + Character.toUpperCase(c.getName().charAt(0)) + c.getName().substring(1);
            Object changed = type.getMethod(name, c.getType()).invoke(record, c.getAccessor().invoke(other));
            for (RecordComponent d : type.getRecordComponents()) {
                Object want = d.getName().equals(c.getName()) ? other : record;
                assertThat(d.getAccessor().invoke(changed)).as("%s.%s after %s", type.getSimpleName(), d.getName(), name)
                        .isEqualTo(d.getAccessor().invoke(want));
            }
        }
    }

    private static Class<?> builderClass(Class<?> type) throws ClassNotFoundException {
        Class<?> outer = type.getEnclosingClass();
        String name = outer == null ? type.getSimpleName() : outer.getSimpleName() + type.getSimpleName();
        return Class.forName(type.getPackageName() + "." + name + "Builder");
    }

    /** A record whose every component, down to nested records, holds a value derived from {@code seed} and its place. */
    static Object sample(Class<?> type, int seed) throws ReflectiveOperationException {
        RecordComponent[] cs = type.getRecordComponents();
        Object[] args = new Object[cs.length];
        Class<?>[] types = new Class<?>[cs.length];
        for (int i = 0; i < cs.length; i++) {
            types[i] = cs[i].getType();
            args[i] = value(cs[i].getGenericType(), seed * 31 + i);
        }
        Constructor<?> k = type.getDeclaredConstructor(types);
        try {
            return k.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(type + " refused its sample", e.getCause());
        }
    }

    private static Object value(Type t, int seed) throws ReflectiveOperationException {
        if (t instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (List.class.isAssignableFrom(raw)) {
                List<Object> l = new ArrayList<>();
                l.add(value(p.getActualTypeArguments()[0], seed));
                return l;
            }
            Map<Object, Object> m = new LinkedHashMap<>();
            m.put("k" + seed, value(p.getActualTypeArguments()[1], seed));
            return m;
        }
        Class<?> c = (Class<?>) t;
        if (c == String.class || c == Object.class) {
            // A schema version must be one the constructor accepts as is; any text is kept.
            return "v" + seed;
        }
        if (c == long.class || c == Long.class) {
            return (long) seed;
        }
        if (c == int.class || c == Integer.class) {
            return seed;
        }
        if (c == double.class || c == Double.class) {
            return seed + 0.5;
        }
        if (c == boolean.class || c == Boolean.class) {
            return seed % 2 == 0;
        }
        if (c.isEnum()) {
            Object[] all = c.getEnumConstants();
            return all[seed % all.length];
        }
        if (c.isRecord()) {
            return sample(c, seed);
        }
        if (c == Origin.class) {
            return new Origin.Auto("v" + seed);
        }
        Method empty = c.getMethod("empty");
        return empty.invoke(null);
    }
}
