package io.modelcards.standards.internal.cyclonedx;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code org.cyclonedx:cyclonedx-core-java} 12.2.0, the second reader of our BOMs. It validates with
 * json-schema-validator 2.0.1 while this module's tests use 1.5.9, and one classpath holds one version, so it runs in
 * its own class loader that takes {@code org.cyclonedx} and {@code com.networknt} classes (and their resources) from
 * its jar and the 2.0.1 jar the build copies to {@code target/cyclonedx-reader}, and everything else from the tests'.
 */
final class CycloneDxCoreJava {
    private static final ClassLoader LOADER = loader();

    private CycloneDxCoreJava() {}

    /** The messages of {@code JsonParser.validate(bom, Version.VERSION_16)}: empty when the BOM is valid. */
    static List<String> validate16(String bom) throws Exception {
        Object parser = LOADER.loadClass("org.cyclonedx.parsers.JsonParser").getConstructor().newInstance();
        Class<?> version = LOADER.loadClass("org.cyclonedx.Version");
        Object v16 = version.getField("VERSION_16").get(null);
        List<?> errors = (List<?>) call(parser, parser.getClass().getMethod("validate", byte[].class, version),
                bom.getBytes(StandardCharsets.UTF_8), v16);
        return errors.stream().map(e -> ((Exception) e).getMessage()).toList();
    }

    /** The performance metrics {@code JsonParser.parse} finds on the BOM's first component, as "type=value". */
    static List<String> metrics(String bom) throws Exception {
        Object parser = LOADER.loadClass("org.cyclonedx.parsers.JsonParser").getConstructor().newInstance();
        Object parsed = call(parser, parser.getClass().getMethod("parse", byte[].class), (Object) bom.getBytes(StandardCharsets.UTF_8));
        Object model = ((List<?>) get(parsed, "getComponents")).get(0);
        List<?> metrics = (List<?>) get(get(get(model, "getModelCard"), "getQuantitativeAnalysis"), "getPerformanceMetrics");
        return metrics.stream().map(m -> get(m, "getType") + "=" + get(m, "getValue")).toList();
    }

    private static Object get(Object target, String getter) {
        try {
            return target.getClass().getMethod(getter).invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(getter, e);
        }
    }

    private static Object call(Object target, Method m, Object... args) throws Exception {
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(LOADER);
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception c ? c : e;
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
    }

    private static ClassLoader loader() {
        try {
            URL parserClass = CycloneDxCoreJava.class.getClassLoader().getResource("org/cyclonedx/parsers/JsonParser.class");
            String jar = parserClass.toString().replaceFirst("^jar:", "").replaceFirst("!/.*$", "");
            URL validator = Path.of("target", "cyclonedx-reader", "json-schema-validator-2.0.1.jar").toUri().toURL();
            return new ChildFirst(new URL[] {new URL(jar), validator}, CycloneDxCoreJava.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads the two libraries' classes and resources itself first; anything else from the parent. */
    private static final class ChildFirst extends URLClassLoader {
        ChildFirst(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("org.cyclonedx.") && !name.startsWith("com.networknt.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        @Override
        public URL getResource(String name) {
            URL own = findResource(name);
            return own != null ? own : super.getResource(name);
        }
    }
}
